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

    private static DocumentRecord doc(List<EntityRecord> entities, List<EventRecord> events) {
        return new DocumentRecord("1", "a.txt", null, null, null, null, null, null, null, entities, events,
            List.of());
    }

    @Test
    void entitiesMatchOnTypeAndASharedNameOneToOne() {
        DocumentRecord gold = doc(List.of(entity("Person", "Olena Hrytsenko", "Hrytsenko"),
            entity("Location", "Poltava Oblast", "Poltava region"), entity("Organization", "GUR")), List.of());
        DocumentRecord pred = doc(List.of(entity("Person", "Hrytsenko"), entity("Location", "the Poltava Region"),
            entity("MilitaryUnit", "GUR"), entity("Location", "Poltava Region")), List.of());
        Evaluation e = new RecordEvaluator().evaluate(Map.of("a.txt", gold), Map.of("a.txt", pred));

        assertThat(e.lines().get("entity")).isEqualTo(new Counts(2, 4, 3));
        assertThat(e.lines().get("entity(coarse)")).isEqualTo(new Counts(3, 4, 3));
        assertThat(e.lines().get("entity:Location")).isEqualTo(new Counts(1, 2, 1));
    }

    @Test
    void eventsAreScoredByTheEventEvaluator() {
        DocumentRecord gold = doc(List.of(), List.of(
            GoldEvent.of("Deployment").on("2024-11").at("Belgorod").claimedBy(null, "disputed").build()));
        DocumentRecord pred = doc(List.of(), List.of(
            GoldEvent.of("Deployment").on("2024-11-20").at("Belgorod Oblast").build()));
        Evaluation e = new RecordEvaluator().evaluate(Map.of("a.txt", gold), Map.of("a.txt", pred));

        assertThat(e.lines()).containsEntry("event", new Counts(1, 1, 1))
            .containsEntry("event:Deployment", new Counts(1, 1, 1));
        assertThat(e.attributes()).containsEntry("verification", new Accuracy(0, 1))
            .containsEntry("date", new Accuracy(0, 1));
    }

    @Test
    void aGoldDocumentWithoutPredictionIsListedAndCountsAsMissed() {
        DocumentRecord gold = doc(List.of(entity("Location", "Moldova")),
            List.of(GoldEvent.of("Meeting").at("Chisinau").build()));
        Evaluation e = new RecordEvaluator().evaluate(Map.of("a.txt", gold), Map.of());

        assertThat(e.missing()).containsExactly("a.txt");
        assertThat(e.lines()).containsEntry("entity", new Counts(0, 0, 1)).containsEntry("event", new Counts(0, 0, 1));
    }
}
