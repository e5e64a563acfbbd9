package org.warkg.event.role;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * One answer to "who did it?" for an event: an actor the sentence names, a country its
 * words imply, or the side the claimant or the place belongs to, with the cues that
 * speak for it.
 *
 * @param name     the agent's name as the article writes it
 * @param entityId the agent entity's id, or null for a country only implied
 * @param cues     what the sentence says of it, as model features
 */
public record AgentCandidate(String name, String entityId, Set<String> cues) {

    public AgentCandidate {
        // Sorted, so training sees features in the same order on every run and builds the same model.
        cues = Collections.unmodifiableSortedSet(new TreeSet<>(cues));
    }
}
