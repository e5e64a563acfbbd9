package org.warkg.ingest;

/**
 * A paragraph or headline of a story, as a character span into the document text.
 *
 * @param start    offset of the first character
 * @param end      offset after the last character
 * @param headline whether the block is the story's headline
 */
public record Block(int start, int end, boolean headline) {

    public Block {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad block span " + start + ".." + end);
        }
    }
}
