package org.warkg.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;

/**
 * Lemmas from OpenNLP's statistical lemmatizer, one word and tag at a time and
 * remembered: news reuses a small vocabulary, so after a few articles almost
 * every word is a look-up. Lemmatizing each word out of context keeps the result
 * a function of word and tag alone, the same in every run and thread, and only
 * content words (nouns, verbs, adjectives, adverbs) go to the model; other words
 * are their own lemma, lower-cased.
 */
final class WordLemmatizer {

    private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "VERB", "AUX", "ADJ", "ADV");
    /** Beyond this many remembered words, new ones are lemmatized each time. */
    private static final int MAX_REMEMBERED = 500_000;

    private final ThreadSafeLemmatizerME model;
    private final Map<String, String> remembered = new ConcurrentHashMap<>();

    WordLemmatizer(LemmatizerModel model) {
        this.model = new ThreadSafeLemmatizerME(model);
    }

    /** The lemma of a word with its UD tag, lower case. */
    String lemma(String word, String tag) {
        if (!CONTENT_TAGS.contains(tag)) {
            return word.toLowerCase(Locale.ROOT);
        }
        String key = tag + '\t' + word;
        String lemma = remembered.get(key);
        if (lemma == null) {
            lemma = model.lemmatize(new String[] {word}, new String[] {tag})[0].toLowerCase(Locale.ROOT);
            if (remembered.size() < MAX_REMEMBERED) {
                remembered.put(key, lemma);
            }
        }
        return lemma;
    }
}
