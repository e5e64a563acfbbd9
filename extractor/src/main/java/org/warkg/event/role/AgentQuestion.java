package org.warkg.event.role;

import java.util.List;
import java.util.Map;

import org.warkg.entity.Entity;
import org.warkg.event.EventType;
import org.warkg.mention.Mention;
import org.warkg.nlp.Sentence;

/**
 * What is known of an event when its agent is chosen.
 *
 * @param type      the event type
 * @param sentence  the sentence that tells it
 * @param trigger   the trigger's token index
 * @param mentions  the sentence's mentions, in text order
 * @param byStart   the document's entities by mention start
 * @param claimant  who reports the event, or null
 * @param place     where it happened, or null
 * @param ruleAgent the agent the subject and nationality rules read, or null
 */
public record AgentQuestion(EventType type, Sentence sentence, int trigger, List<Mention> mentions,
                            Map<Integer, Entity> byStart, Entity claimant, Entity place, String ruleAgent) {
}
