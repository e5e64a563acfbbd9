package org.warkg.record;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An event in a record. Argument fields hold names, as in the gold format; the
 * matching {@code ...Id} fields hold entity ids of the same record.
 *
 * @param id            id within the document
 * @param type          the event type
 * @param date          ISO date, month or year, or null
 * @param datePrecision day, month or year, or null
 * @param location      the place's name, or null
 * @param locationId    the place's entity id, or null
 * @param agent         who acted, or null
 * @param agentId       entity id of the agent, or null
 * @param target        what or whom it was aimed at, or null
 * @param targetId      entity id of the target, or null
 * @param weapons       entity ids of the weapons used
 * @param killed        people killed, or null
 * @param injured       people injured, or null
 * @param launched      drones, missiles or bombs launched, or null
 * @param downed        drones, missiles or bombs shot down, or null
 * @param reportedBy    who the text says made the claim, or null
 * @param reportedById  entity id of the claimant, or null
 * @param verification  verified, unverified, disputed or not_stated
 * @param evidence      the first evidence sentence
 * @param evidenceSpans every evidence sentence with its offsets
 * @param story         the position of the story the event is told in, or null
 */
@JsonPropertyOrder({"id", "type", "date", "datePrecision", "location", "locationId", "agent", "agentId", "target",
    "targetId", "weapons", "killed", "injured", "launched", "downed", "reportedBy", "reportedById", "verification",
    "evidence", "evidenceSpans", "story"})
public record EventRecord(String id, String type, String date, String datePrecision, String location,
                          String locationId, String agent, String agentId, String target, String targetId,
                          List<String> weapons, Integer killed, Integer injured, Integer launched, Integer downed,
                          String reportedBy, String reportedById, String verification, String evidence,
                          List<SpanRecord> evidenceSpans, Integer story) {

    public EventRecord {
        weapons = weapons == null ? List.of() : List.copyOf(weapons);
        evidenceSpans = evidenceSpans == null ? List.of() : List.copyOf(evidenceSpans);
    }
}
