package org.warkg.event.role;

import org.warkg.event.detect.TriggerSample;

/**
 * One line of agent training data: a sentence with one event's trigger marked, and who
 * did it as an annotator writes it.
 *
 * @param agent    the agent's name
 * @param sentence the sentence, its trigger marked {@code [[word|Type]]}
 */
public record AgentSample(String agent, TriggerSample sentence) {

    /** The marked trigger. */
    public TriggerSample.Mark trigger() {
        return sentence.marks().get(0);
    }
}
