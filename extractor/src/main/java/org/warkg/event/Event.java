package org.warkg.event;

import java.util.List;
import org.warkg.time.EventDate;
import org.warkg.quantity.Munitions;

/**
 * One event of a document. Arguments name entities by their document id where an
 * entity was found, and carry the words of the text otherwise.
 *
 * @param id            id within the document ({@code v1}, ...)
 * @param type          the event type
 * @param date          when, or null
 * @param location      the place's name, or null
 * @param locationId    the place's entity id, or null
 * @param agent         who acted, or null
 * @param agentId       the agent's entity id, or null
 * @param target        what or whom it was aimed at, or null
 * @param targetId      the target's entity id, or null
 * @param weaponIds     entity ids of the weapons used
 * @param killed        people killed, or null
 * @param injured       people injured, or null
 * @param munitions     drones, missiles or bombs launched and downed
 * @param reportedBy    who the text says made the claim, or null
 * @param reportedById  the claimant's entity id, or null
 * @param verification  what the text says of verification
 * @param evidence      the sentences the event rests on, first one first
 */
public record Event(String id, EventType type, EventDate date, String location, String locationId, String agent,
                    String agentId, String target, String targetId, List<String> weaponIds, Integer killed,
                    Integer injured, Munitions munitions, String reportedBy, String reportedById,
                    Verification verification, List<Evidence> evidence) {

    public Event {
        weaponIds = List.copyOf(weaponIds);
        evidence = List.copyOf(evidence);
    }
}
