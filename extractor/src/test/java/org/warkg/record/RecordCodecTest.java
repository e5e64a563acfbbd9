package org.warkg.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecordCodecTest {

    @Test
    void writesTheGoldFieldNamesAndReadsBackTheSameRecord() throws IOException {
        DocumentRecord record = new DocumentRecord("1", "a.txt", "2025-06-11", "Title", null, "Example", "a.txt",
            "0.1.0", "2025-06-11T10:00:00Z",
            List.of(new EntityRecord("e1", "Location", "Kharkiv", List.of("Kharkov"), List.of(), null,
                "place/kharkiv", null, 49.98, 36.25, List.of(new SpanRecord(10, 17, "Kharkiv")), List.of())),
            List.of(new EventRecord("v1", "Attack", "2025-06-11", "day", "Kharkiv", "e1", "Russia", null, null,
                null, List.of(), 3, 60, 17, 12, null, null, "not_stated", "Drones hit Kharkiv.",
                List.of(new SpanRecord(0, 19, "Drones hit Kharkiv.")), null)), List.of());
        RecordCodec codec = new RecordCodec();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(record, out);
        String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(json).contains("\"doc\" : \"a.txt\"", "\"published\" : \"2025-06-11\"", "\"aliases\"",
            "\"roles\"", "\"reportedBy\"", "\"evidence\" : \"Drones hit Kharkiv.\"", "\"killed\" : 3",
            "\"launched\" : 17", "\"downed\" : 12");
        assertThat(codec.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(record);
    }
}
