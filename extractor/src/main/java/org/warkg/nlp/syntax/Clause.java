package org.warkg.nlp.syntax;

/**
 * A clause of a sentence, by token index: a main clause, or one opened by a subordinator,
 * a relative pronoun, a conjunction after a comma, or a semicolon.
 *
 * @param start  index of its first token
 * @param end    index after its last token
 * @param opener the lower-cased word that opens it ("if", "that", "and"), or "" for the first clause
 */
public record Clause(int start, int end, String opener) {

    /** Whether the token lies inside the clause. */
    public boolean covers(int token) {
        return start <= token && token < end;
    }
}
