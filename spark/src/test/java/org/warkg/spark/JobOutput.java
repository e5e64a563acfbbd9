package org.warkg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a job run wrote on the local file system, read over all the part files of an output. */
final class JobOutput {

    /** When and from which path a record was made: the rest must match field for field. */
    private static final List<String> VOLATILE = List.of("extractedAt", "source");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JobOutput() {}

    /** The records written, by document name, without their volatile fields. */
    static Map<String, JsonNode> records(Path out) throws IOException {
        Map<String, JsonNode> byDoc = new HashMap<>();
        for (String line : lines(out, Output.RECORDS)) {
            JsonNode record = JSON.readTree(line);
            byDoc.put(record.get("doc").asText(), stable(record));
        }
        return byDoc;
    }

    /** A record as JSON without the fields that differ from one run to the next. */
    static JsonNode stable(JsonNode record) {
        ObjectNode copy = record.deepCopy();
        VOLATILE.forEach(copy::remove);
        return copy;
    }

    static List<String> lines(Path out, Output output) {
        return parts(out, output).stream().flatMap(JobOutput::read).toList();
    }

    /** The output's part files, in name order. */
    static List<Path> parts(Path out, Output output) {
        Path folder = out.resolve(output.folder());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> parts = Files.list(folder)) {
            return parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> read(Path part) {
        try {
            return Files.readAllLines(part).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
