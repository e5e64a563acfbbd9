package org.warkg;

import java.util.List;

import org.warkg.record.DocumentRecord;
import org.warkg.record.EntityRecord;
import org.warkg.record.EventRecord;
import org.warkg.record.SpanRecord;
import org.warkg.record.StoryRecord;

/** Small hand-made records for the loader's tests. */
public final class TestRecords {

    private TestRecords() {}

    /** A record of one article: Kharkiv attacked, reported by its mayor, with a Shahed. */
    public static DocumentRecord kharkiv(String doc, int killed) {
        String sentence = "Russian drones hit Kharkiv overnight, killing three people, Mayor Ihor Terekhov said.";
        return new DocumentRecord("1", doc, "2025-06-11", "Drones hit Kharkiv", null, "Example News", doc,
            "0.1.0", "2025-06-11T10:00:00Z",
            List.of(
                new EntityRecord("e1", "Location", "Kharkiv", List.of("Kharkov"), List.of(), null, "place/kharkiv",
                    "place/kharkiv-oblast", 49.98, 36.25, List.of(new SpanRecord(19, 26, "Kharkiv")),
                    List.of("Charkiw")),
                new EntityRecord("e2", "Person", "Ihor Terekhov", List.of(), List.of("Mayor of Kharkiv"), null,
                    null, null, null, null, List.of(new SpanRecord(66, 79, "Ihor Terekhov")), List.of()),
                new EntityRecord("e3", "Weapon", "Shahed-136", List.of("Shahed"), List.of(), null,
                    "weapon/shahed-136", null, null, null, List.of(), List.of())),
            List.of(new EventRecord("v1", "Attack", "2025-06-11", "day", "Kharkiv", "e1", "Russia", null, null,
                null, List.of("e3"), killed, null, 17, null, "Ihor Terekhov", "e2", "unverified", sentence,
                List.of(new SpanRecord(0, sentence.length(), sentence)), 1)),
            List.of(new StoryRecord(1, "Drones hit Kharkiv", "2025-06-11", 0, sentence.length(), "Harbour Wire")));
    }
}
