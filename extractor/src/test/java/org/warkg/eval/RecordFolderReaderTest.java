package org.warkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.record.DocumentRecord;

class RecordFolderReaderTest {

    @TempDir
    Path folder;

    @Test
    void goldVerificationGivenAsNullMeansNotStatedAndAnAbsentOneStaysUnjudged() throws IOException {
        Files.writeString(folder.resolve("p.txt.gold.json"), """
            {"doc": "p.txt", "events": [
              {"id": "e1", "type": "Attack", "verification": null},
              {"id": "e2", "type": "Attack"},
              {"id": "e3", "type": "Attack", "verification": "unverified"}]}
            """);
        DocumentRecord gold = RecordFolderReader.gold().readFolder(folder).get("p.txt");

        assertThat(gold.events()).extracting(e -> e.verification())
            .containsExactly("not_stated", null, "unverified");
    }

    @Test
    void predictionsKeepANullVerification() throws IOException {
        Files.writeString(folder.resolve("p.json"), """
            {"doc": "p.txt", "events": [{"type": "Attack", "verification": null}]}
            """);

        assertThat(RecordFolderReader.predictions().readFolder(folder).get("p.txt").events().get(0).verification())
            .isNull();
    }

    @Test
    void readsJsonLinesAndArraysKeyedByFileName() throws IOException {
        Files.writeString(folder.resolve("lines.jsonl"), """
            {"doc": "in/one.txt"}
            {"doc": "in/two.txt"}
            """);
        Files.writeString(folder.resolve("array.json"), "[{\"doc\": \"three.html\"}, {\"title\": \"no doc\"}]");
        Map<String, DocumentRecord> records = RecordFolderReader.predictions().readFolder(folder);

        assertThat(records).containsOnlyKeys("one.txt", "two.txt", "three.html");
    }
}
