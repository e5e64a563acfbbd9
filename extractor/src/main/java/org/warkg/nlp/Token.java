package org.warkg.nlp;

/**
 * One token with its part of speech (Universal Dependencies tag) and lemma.
 *
 * @param text  the token as written
 * @param start offset of its first character in the document text
 * @param end   offset after its last character
 * @param tag   the UD part-of-speech tag
 * @param lemma the lemma, lower case
 */
public record Token(String text, int start, int end, String tag, String lemma) {
}
