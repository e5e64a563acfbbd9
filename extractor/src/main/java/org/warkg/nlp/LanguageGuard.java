package org.warkg.nlp;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import org.warkg.ingest.Block;
import org.warkg.ingest.SourceDocument;

/**
 * Tells English documents from others with OpenNLP's language detector, so that
 * the English models never run on text they would only misread.
 */
public final class LanguageGuard {

    /** ISO 639-3 code the detector gives English. */
    public static final String ENGLISH = "eng";
    private static final int SAMPLE = 1500;

    private final ThreadSafeLanguageDetectorME detector;

    public LanguageGuard(NlpModels models) {
        this.detector = new ThreadSafeLanguageDetectorME(models.languages());
    }

    /** The most likely language of the document's story text, as an ISO 639-3 code. */
    public String language(SourceDocument document) {
        StringBuilder sample = new StringBuilder();
        outer:
        for (var story : document.stories()) {
            for (Block block : story.blocks()) {
                sample.append(document.text(), block.start(), block.end()).append('\n');
                if (sample.length() > SAMPLE) {
                    break outer;
                }
            }
        }
        Language best = detector.predictLanguage(sample);
        return best.getLang();
    }
}
