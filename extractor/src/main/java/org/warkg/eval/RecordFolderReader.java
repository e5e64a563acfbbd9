package org.warkg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.warkg.record.DocumentRecord;
import org.warkg.record.RecordCodec;

/**
 * Reads gold annotations or extraction records as {@code shared/tools/score.py} does:
 * every {@code *.json} and {@code *.jsonl} file (one record, an array or JSON Lines),
 * keyed by the file name in each record's {@code doc}, a later file winning. Gold events
 * that give {@code "verification": null} say the text states nothing, which a record
 * cannot tell from not annotating it, so the gold reader spells it {@code not_stated}.
 */
public final class RecordFolderReader {

    private static final String VERIFICATION = "verification";
    private static final String NOT_STATED = "not_stated";

    private final RecordCodec codec = new RecordCodec();
    private final Consumer<ObjectNode> adjust;

    private RecordFolderReader(Consumer<ObjectNode> adjust) {
        this.adjust = adjust;
    }

    /** A reader of gold annotations. */
    public static RecordFolderReader gold() {
        return new RecordFolderReader(RecordFolderReader::markStatedVerification);
    }

    /** A reader of extraction records. */
    public static RecordFolderReader predictions() {
        return new RecordFolderReader(record -> { });
    }

    /** The key of a document: its file name without folders; empty for null. */
    public static String key(String doc) {
        if (doc == null) {
            return "";
        }
        Path name = Path.of(doc).getFileName();
        return name == null ? "" : name.toString();
    }

    /** The records of every JSON file under a folder. */
    public Map<String, DocumentRecord> readFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return readFiles(files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".jsonl"))
                .sorted().toList());
        }
    }

    /** The records of the given files, in their order. */
    public Map<String, DocumentRecord> readFiles(List<Path> files) throws IOException {
        Map<String, DocumentRecord> records = new HashMap<>();
        for (Path file : files) {
            for (DocumentRecord record : codec.readAll(file, adjust)) {
                if (record.doc() != null) {
                    records.put(key(record.doc()), record);
                }
            }
        }
        return records;
    }

    private static void markStatedVerification(ObjectNode record) {
        if (record.get("events") == null) {
            return;
        }
        for (JsonNode event : record.get("events")) {
            JsonNode value = event.get(VERIFICATION);
            if (event instanceof ObjectNode object && value != null && (value.isNull() || value.asText().isEmpty())) {
                object.put(VERIFICATION, NOT_STATED);
            }
        }
    }
}
