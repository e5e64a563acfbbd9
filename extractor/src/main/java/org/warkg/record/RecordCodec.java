package org.warkg.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and writes records as JSON with Jackson. */
public final class RecordCodec {

    private final ObjectMapper mapper = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** Strict about what follows a value, so that JSON Lines are read line by line, not as their first line. */
    private final ObjectReader reader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Writes one record. */
    public void write(DocumentRecord record, OutputStream out) throws IOException {
        mapper.writeValue(out, record);
    }

    /** Writes one record to a string. */
    public String toJson(DocumentRecord record) throws IOException {
        return mapper.writeValueAsString(record);
    }

    /** Writes one record on one line, for JSON Lines. */
    public String toJsonLine(DocumentRecord record) throws IOException {
        return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(record);
    }

    /** Reads one record. */
    public DocumentRecord read(InputStream in) throws IOException {
        return mapper.readValue(in, DocumentRecord.class);
    }

    /** Reads a file holding one record, a JSON array of records, or JSON Lines. */
    public List<DocumentRecord> readAll(Path file) throws IOException {
        return readAll(file, node -> { });
    }

    /**
     * Reads as {@link #readAll(Path)} does, letting {@code adjust} edit each record's JSON
     * object before it is bound: gold files say things (a key given as null) a record cannot.
     * Values that are not JSON objects are skipped.
     */
    public List<DocumentRecord> readAll(Path file, Consumer<ObjectNode> adjust) throws IOException {
        List<DocumentRecord> records = new ArrayList<>();
        for (JsonNode node : trees(Files.readString(file).strip())) {
            if (node instanceof ObjectNode object) {
                adjust.accept(object);
                records.add(mapper.treeToValue(object, DocumentRecord.class));
            }
        }
        return records;
    }

    private List<JsonNode> trees(String text) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try {
            JsonNode whole = reader.readTree(text);
            if (whole.isArray()) {
                whole.forEach(nodes::add);
            } else {
                nodes.add(whole);
            }
        } catch (JsonProcessingException e) {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(reader.readTree(line));
                }
            }
        }
        return nodes;
    }
}
