package org.warkg.mention;

import org.warkg.gazetteer.EntityType;

/**
 * One occurrence of a name in the text.
 *
 * @param type        the entity type
 * @param sentence    index of the sentence
 * @param tokenStart  first token of the name in the sentence
 * @param tokenEnd    token after the last one
 * @param start       offset of the first character in the document text
 * @param end         offset after the last character
 * @param text        the name as written
 * @param source      which finder found it: {@code gazetteer}, {@code pattern}, {@code model}, ...
 * @param gazetteerId the gazetteer entry it names, or null
 */
public record Mention(EntityType type, int sentence, int tokenStart, int tokenEnd, int start, int end,
                      String text, String source, String gazetteerId) {

    /** Whether the two mentions share a character. */
    public boolean overlaps(Mention other) {
        return sentence == other.sentence && start < other.end && other.start < end;
    }

    /** Number of tokens. */
    public int length() {
        return tokenEnd - tokenStart;
    }
}
