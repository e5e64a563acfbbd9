package org.warkg.record;

/**
 * A span of the document text.
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 * @param text  the text of the span
 */
public record SpanRecord(int start, int end, String text) {
}
