package org.warkg.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

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
}
