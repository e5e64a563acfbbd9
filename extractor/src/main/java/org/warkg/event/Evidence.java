package org.warkg.event;

/**
 * A sentence an event rests on.
 *
 * @param text  the sentence as written
 * @param start offset of its first character in the document text
 * @param end   offset after its last character
 */
public record Evidence(String text, int start, int end) {
}
