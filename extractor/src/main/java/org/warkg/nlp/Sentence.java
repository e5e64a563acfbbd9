package org.warkg.nlp;

import java.util.List;

import org.warkg.nlp.syntax.SentenceSyntax;

/**
 * One sentence of a story, with its tokens.
 *
 * @param index    position of the sentence in the document
 * @param story    index of the story it belongs to
 * @param start    offset of its first character in the document text
 * @param end      offset after its last character
 * @param headline whether the sentence is a story headline
 * @param text     the sentence as written
 * @param tokens   its tokens, in order
 * @param syntax   its chunks and clauses
 */
public record Sentence(int index, int story, int start, int end, boolean headline, String text,
                       List<Token> tokens, SentenceSyntax syntax) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The token texts, as OpenNLP's finders take them. */
    public String[] tokenTexts() {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokens.get(i).text();
        }
        return out;
    }
}
