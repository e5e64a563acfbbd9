package org.warkg.nlp.syntax;

/**
 * A chunk of a sentence, by token index.
 *
 * @param type  what kind of chunk
 * @param start index of its first token
 * @param end   index after its last token
 * @param head  index of its head: the last noun of a noun phrase, the main verb of a verb group
 */
public record Phrase(PhraseType type, int start, int end, int head) {

    /** Whether the token lies inside the chunk. */
    public boolean covers(int token) {
        return start <= token && token < end;
    }
}
