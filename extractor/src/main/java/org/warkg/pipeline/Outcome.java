package org.warkg.pipeline;

import org.warkg.record.DocumentRecord;

/**
 * What became of one input file.
 *
 * @param source  the file
 * @param record  the record, or null when the file was skipped or failed
 * @param problem why there is no record, or null
 * @param failed  true for an error, false for a deliberate skip (such as a non-English page)
 */
public record Outcome(String source, DocumentRecord record, String problem, boolean failed) {

    /** A file that gave a record. */
    public static Outcome extracted(String source, DocumentRecord record) {
        return new Outcome(source, record, null, false);
    }

    /** A file left out on purpose, with the reason. */
    public static Outcome skipped(String source, String reason) {
        return new Outcome(source, null, reason, false);
    }

    /** A file that could not be read or extracted, with the reason. */
    public static Outcome failed(String source, String reason) {
        return new Outcome(source, null, reason, true);
    }
}
