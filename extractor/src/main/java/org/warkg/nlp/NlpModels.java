package org.warkg.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models, loaded from the model jars on the classpath
 * (org.apache.opennlp:opennlp-models-*), never downloaded at run time.
 *
 * @param sentences sentence detector model (UD English EWT)
 * @param tokens    tokenizer model
 * @param pos       part-of-speech model with Universal Dependencies tags
 * @param lemmas    lemmatizer model
 * @param languages language detector model
 */
public record NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos,
                        LemmatizerModel lemmas, LanguageDetectorModel languages) {

    private static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String MANIFEST = "manifest.properties";
    private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    private static final String LANGUAGES = "langdetect-183.bin";

    /** Loads every model from the classpath. Takes a few seconds; do it once. */
    public static NlpModels load() {
        try {
            return new NlpModels(
                new SentenceModel(open(SENTENCES)),
                wholeWords(new TokenizerModel(open(TOKENS))),
                new POSModel(greedy(open(POS))),
                new LemmatizerModel(open(LEMMAS)),
                new LanguageDetectorModel(open(LANGUAGES)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load an OpenNLP model", e);
        }
    }

    /**
     * The tokenizer with OpenNLP's alphanumeric optimisation on: a run of letters and
     * digits is one token without asking the model at each of its characters, which the
     * shipped model leaves off and which costs most of the tokenizer's time.
     */
    private static TokenizerModel wholeWords(TokenizerModel model) {
        TokenizerFactory factory = model.getFactory();
        return new TokenizerModel(model.getMaxentModel(), Map.of(), new TokenizerFactory(factory.getLanguageCode(),
            factory.getAbbreviationDictionary(), true, factory.getAlphaNumericPattern()));
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }

    /**
     * The tagger's model file with a beam of one in its manifest: the tagger then decides
     * word by word instead of keeping three sequences, a third of the model look-ups.
     */
    private static InputStream greedy(InputStream model) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(model); ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(MANIFEST)) {
                    Properties manifest = new Properties();
                    manifest.load(in);
                    manifest.setProperty(BeamSearch.BEAM_SIZE_PARAMETER, "1");
                    manifest.store(out, null);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return new ByteArrayInputStream(copy.toByteArray());
    }
}
