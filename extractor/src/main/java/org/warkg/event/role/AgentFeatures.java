package org.warkg.event.role;

import java.util.ArrayList;
import java.util.List;

import org.warkg.event.EventType;

/**
 * The context of a pair of candidate agents for the model: the cues one has and the
 * other lacks, alone and joined with the event type, since who acts differs by type (the
 * reporting side shoots drones down, the adversary of the place attacks it, the first
 * named side meets the other). Comparing two at a time lets the model learn which cue
 * outweighs which, rather than how likely a candidate is on its own.
 */
public final class AgentFeatures {

    private AgentFeatures() {}

    /** The features of the pair (first, second) of candidates of an event of the type. */
    public static String[] of(EventType type, AgentCandidate first, AgentCandidate second) {
        List<String> out = new ArrayList<>();
        out.add("type=" + type);
        onlyIn(first, second, "1|", type, out);
        onlyIn(second, first, "2|", type, out);
        return out.toArray(String[]::new);
    }

    private static void onlyIn(AgentCandidate one, AgentCandidate other, String side, EventType type,
                               List<String> out) {
        for (String cue : one.cues()) {
            if (!other.cues().contains(cue)) {
                out.add(side + cue);
                out.add(side + type + "|" + cue);
            }
            out.add(side + "has|" + type + "|" + cue);
        }
    }
}
