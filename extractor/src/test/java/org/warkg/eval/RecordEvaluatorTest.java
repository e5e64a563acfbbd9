package org.warkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.warkg.record.DocumentRecord;
import org.warkg.record.EntityRecord;
import org.warkg.record.EventRecord;

class RecordEvaluatorTest {

    private static EntityRecord entity(String type, String name, String... aliases) {
        return new EntityRecord(null, type, name, List.of(aliases), List.of(), null, null, null, null, null,
            List.of(), List.of());
    }

    private static EventRecord event(String type, String date, String location, String evidence, Integer killed) {
        return new EventRecord(null, type, date, null, location, null, null, null, null, null, List.of(), killed,
            null, null, null, null, null, null, evidence, List.of(), null);
    }

    private static DocumentRecord doc(List<EntityRecord> entities, List<EventRecord> events) {
        return new DocumentRecord("1", "a.txt", null, null, null, null, null, null, null, entities, events, List.of());
    }

    @Test
    void entitiesMatchOnTypeAndASharedNameOneToOne() {
        DocumentRecord gold = doc(List.of(entity("Person", "Alexander Khinshtein", "Khinshtein"),
            entity("Location", "Kursk Oblast", "Kursk region"), entity("Organization", "SBU")), List.of());
        DocumentRecord pred = doc(List.of(entity("Person", "Khinshtein"), entity("Location", "the Kursk Region"),
            entity("MilitaryUnit", "SBU"), entity("Location", "Kursk Region")), List.of());
        Evaluation e = new RecordEvaluator().evaluate(Map.of("a.txt", gold), Map.of("a.txt", pred));

        assertThat(e.lines().get("entity")).isEqualTo(new Counts(2, 4, 3));
        assertThat(e.lines().get("entity(coarse)")).isEqualTo(new Counts(3, 4, 3));
        assertThat(e.lines().get("entity:Location")).isEqualTo(new Counts(1, 2, 1));
    }

    @Test
    void eventsMatchWhenDatesAgreeAndPlacesOrEvidenceDo() {
        DocumentRecord gold = doc(List.of(), List.of(
            event("Attack", "2025-06-11", "Kharkiv", "Drones hit two districts of Kharkiv overnight.", 3),
            event("Attack", "2025-06", "Odesa", "Odesa faced a drone attack this week.", null)));
        DocumentRecord pred = doc(List.of(), List.of(
            event("Attack", "2025-06", "Kharkiv city", "Something else entirely.", 2),
            event("Attack", "2025-05-30", "Odesa", "Odesa faced a drone attack this week.", null)));
        Evaluation e = new RecordEvaluator().evaluate(Map.of("a.txt", gold), Map.of("a.txt", pred));

        assertThat(e.lines().get("event")).isEqualTo(new Counts(1, 2, 2));
        assertThat(e.attributes()).containsEntry("killed", 0.0).containsEntry("location", 1.0);
    }

    @Test
    void aGoldDocumentWithoutPredictionIsListedAndCountsAsMissed() {
        DocumentRecord gold = doc(List.of(entity("Location", "Ukraine")), List.of());
        Evaluation e = new RecordEvaluator().evaluate(Map.of("a.txt", gold), Map.of());

        assertThat(e.missing()).containsExactly("a.txt");
        assertThat(e.lines().get("entity")).isEqualTo(new Counts(0, 0, 1));
    }
}
