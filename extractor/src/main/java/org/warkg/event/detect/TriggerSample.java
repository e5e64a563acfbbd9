package org.warkg.event.detect;

import java.util.List;

/**
 * One annotated sentence of trigger training data: its text and the words marked in it.
 * Every candidate word that no mark covers is an example of no event.
 *
 * @param source where the sentence comes from ("file:line"), for messages
 * @param text   the sentence without its marks
 * @param marks  the marked words
 */
public record TriggerSample(String source, String text, List<Mark> marks) {

    /** The label of a word that may be an event or not: it is left out of training. */
    public static final String UNSURE = "?";

    public TriggerSample {
        marks = List.copyOf(marks);
    }

    /**
     * A marked word.
     *
     * @param start offset of its first character in the sentence
     * @param end   offset after its last character
     * @param label an event type's name, or {@link #UNSURE}
     */
    public record Mark(int start, int end, String label) {
    }

    /** The label of the mark that covers the character offset, or null. */
    public String labelAt(int offset) {
        for (Mark mark : marks) {
            if (mark.start() <= offset && offset < mark.end()) {
                return mark.label();
            }
        }
        return null;
    }
}
