package org.warkg.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Reads and writes records as JSON with Jackson. */
public final class RecordCodec {

    private final ObjectMapper mapper = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Writes one record. */
    public void write(DocumentRecord record, OutputStream out) throws IOException {
        mapper.writeValue(out, record);
    }

    /** Writes one record to a string. */
    public String toJson(DocumentRecord record) throws IOException {
        return mapper.writeValueAsString(record);
    }

    /** Reads one record. */
    public DocumentRecord read(InputStream in) throws IOException {
        return mapper.readValue(in, DocumentRecord.class);
    }

    /** Reads a file holding one record, a JSON array of records, or JSON Lines. */
    public List<DocumentRecord> readAll(Path file) throws IOException {
        String text = Files.readString(file);
        String trimmed = text.strip();
        if (trimmed.startsWith("[")) {
            return List.of(mapper.readValue(trimmed, DocumentRecord[].class));
        }
        try {
            return List.of(mapper.readValue(trimmed, DocumentRecord.class));
        } catch (JsonProcessingException e) {
            List<DocumentRecord> records = new ArrayList<>();
            for (String line : trimmed.split("\n")) {
                if (!line.isBlank()) {
                    records.add(mapper.readValue(line, DocumentRecord.class));
                }
            }
            return records;
        }
    }
}
