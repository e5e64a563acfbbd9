package org.warkg.nlp;

import java.util.List;

import org.warkg.ingest.SourceDocument;

/**
 * A document split into sentences and tokens, each with its offsets into the
 * document text.
 *
 * @param document  the ingested document
 * @param sentences the sentences of all stories, in order
 */
public record AnnotatedText(SourceDocument document, List<Sentence> sentences) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }
}
