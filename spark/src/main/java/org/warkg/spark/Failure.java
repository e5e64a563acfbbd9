package org.warkg.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A row of the failures output: an input that gave no article graph and why.
 *
 * @param file   the input's path
 * @param reason what went wrong, as {@code kg extract} words it
 * @param kind   {@code failed} (unreadable or broken), {@code skipped} (not English) or
 *               {@code rejected} (its graph does not fit the shapes; its record is still written)
 */
public record Failure(String file, String reason, String kind) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The row as one line of JSON. */
    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a failure row", e);
        }
    }

    /** Reads a row written by {@link #toJson()}. */
    public static Failure fromJson(String line) {
        try {
            return JSON.readValue(line, Failure.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a failure row: " + line, e);
        }
    }
}
