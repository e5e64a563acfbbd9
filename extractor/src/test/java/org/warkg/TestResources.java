package org.warkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.warkg.gazetteer.Gazetteer;
import org.warkg.ingest.DocumentLoader;
import org.warkg.ingest.IngestException;
import org.warkg.nlp.AnnotatedText;
import org.warkg.nlp.NlpModels;
import org.warkg.nlp.TextAnalyzer;

/** Models, a small gazetteer and text annotation shared by the extractor's tests; models load once. */
public final class TestResources {

    private static NlpModels models;

    private TestResources() {}

    /** The English models, loaded once for all tests. */
    public static synchronized NlpModels models() {
        if (models == null) {
            models = NlpModels.load();
        }
        return models;
    }

    /** An analyzer over the shared models. */
    public static TextAnalyzer analyzer() {
        return new TextAnalyzer(models());
    }

    /** The gazetteer fixture {@code gazetteer/small.tsv}. */
    public static Gazetteer smallGazetteer() {
        try (InputStream in = TestResources.class.getResourceAsStream("/org/warkg/gazetteer/small.tsv")) {
            return Gazetteer.of(Map.of("small.tsv", in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ingests and annotates a plain text as a one-story document. */
    public static AnnotatedText annotate(String text) {
        try {
            return analyzer().analyze(DocumentLoader.standard().read("t.txt", "t.txt", text));
        } catch (IngestException e) {
            throw new IllegalStateException(e);
        }
    }
}
