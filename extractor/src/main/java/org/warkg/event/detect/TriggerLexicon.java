package org.warkg.event.detect;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.warkg.event.EventType;
import org.warkg.nlp.Token;
import org.warkg.resources.ResourceLines;

/**
 * The words that may signal an event, with the types each may signal, from
 * {@code triggers.tsv}, looked up by lemma and part of speech, else by written form.
 */
public final class TriggerLexicon {

    private static final String RESOURCE = "org/warkg/event/detect/triggers.tsv";
    private static final String ANY = "*";
    /**
     * Tags under which a word is looked up whatever tag the lexicon gives it: the tagger
     * reads the verbs of Title Case headlines as names and some plurals as verbs.
     */
    private static final Set<String> CONTENT = Set.of("NOUN", "VERB", "PROPN", "ADJ");
    /** Past forms no suffix rule gives, and the lemma each belongs to. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
        Map.entry("struck", "strike"), Map.entry("stricken", "strike"), Map.entry("shot", "shoot"),
        Map.entry("blew", "blow"), Map.entry("blown", "blow"), Map.entry("sent", "send"), Map.entry("met", "meet"),
        Map.entry("retook", "retake"), Map.entry("retaken", "retake"), Map.entry("withdrew", "withdraw"),
        Map.entry("withdrawn", "withdraw"), Map.entry("lost", "lose"), Map.entry("fought", "fight"),
        Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("fell", "fall"),
        Map.entry("fallen", "fall"), Map.entry("brought", "bring"), Map.entry("spoke", "speak"),
        Map.entry("spoken", "speak"), Map.entry("froze", "freeze"), Map.entry("frozen", "freeze"),
        Map.entry("broke", "break"), Map.entry("broken", "break"), Map.entry("drove", "drive"),
        Map.entry("driven", "drive"), Map.entry("laid", "lay"));

    private final Map<String, Set<EventType>> byLemmaAndTag;
    private final Map<String, Set<EventType>> byLemma;
    private final Map<String, String> forms;

    private TriggerLexicon(Map<String, Set<EventType>> byLemmaAndTag, Map<String, Set<EventType>> byLemma,
                           Map<String, String> forms) {
        this.byLemmaAndTag = byLemmaAndTag;
        this.byLemma = byLemma;
        this.forms = forms;
    }

    /** The lexicon shipped with the extractor. */
    public static TriggerLexicon standard() {
        Map<String, Set<EventType>> byTag = new HashMap<>();
        Map<String, Set<EventType>> byLemma = new HashMap<>();
        Map<String, String> forms = new HashMap<>();
        for (String line : ResourceLines.read(RESOURCE)) {
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException(RESOURCE + ": expected lemma, tag and types in '" + line + "'");
            }
            List<EventType> types = Arrays.stream(cols[2].split(",")).map(EventType::valueOf).toList();
            byTag.put(cols[0] + "\t" + cols[1], Collections.unmodifiableSet(new LinkedHashSet<>(types)));
            byLemma.merge(cols[0], Collections.unmodifiableSet(new LinkedHashSet<>(types)), (a, b) -> {
                Set<EventType> both = new LinkedHashSet<>(a);
                both.addAll(b);
                return Collections.unmodifiableSet(both);
            });
            inflections(cols[0]).forEach(form -> forms.putIfAbsent(form, cols[0]));
        }
        IRREGULAR.forEach((form, lemma) -> {
            if (byLemma.containsKey(lemma)) {
                forms.put(form, lemma);
            }
        });
        return new TriggerLexicon(Map.copyOf(byTag), Map.copyOf(byLemma), Map.copyOf(forms));
    }

    /**
     * The types the token may signal, the likeliest first; empty for a word that signals
     * none. The entry for the word's lemma and tag comes first, then any entry for its
     * lemma or, where the lemmatizer missed ("shelled" read "shel"), its written form.
     */
    public Set<EventType> typesOf(Token token) {
        Set<EventType> types = byLemmaAndTag.get(token.lemma() + "\t" + token.tag());
        if (types == null) {
            types = byLemmaAndTag.get(token.lemma() + "\t" + ANY);
        }
        if (types != null || !CONTENT.contains(token.tag())) {
            return types != null ? types : Set.of();
        }
        return byLemma.getOrDefault(lemmaOf(token), Set.of());
    }

    /** The lemma the lexicon knows the token by: its own, or the one its written form belongs to. */
    public String lemmaOf(Token token) {
        if (byLemma.containsKey(token.lemma())) {
            return token.lemma();
        }
        String word = token.text().toLowerCase(Locale.ROOT);
        return byLemma.containsKey(word) ? word : forms.getOrDefault(word, token.lemma());
    }

    /** Regular forms of a word: strikes, struck aside; shelled, repelled, seized, raiding, losses. */
    static List<String> inflections(String lemma) {
        boolean silentE = lemma.endsWith("e");
        String stem = silentE ? lemma.substring(0, lemma.length() - 1) : lemma;
        String doubled = lemma + lemma.charAt(lemma.length() - 1);
        return List.of(lemma + "s", lemma + "es", stem + "ed", stem + "ing", doubled + "ed", doubled + "ing");
    }
}
