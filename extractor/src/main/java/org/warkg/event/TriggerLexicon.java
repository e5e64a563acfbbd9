package org.warkg.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.warkg.nlp.Token;
import org.warkg.resources.ResourceLines;

/**
 * Event triggers by lemma and part of speech, with their strength, from {@code triggers.tsv}.
 * The statistical lemmatizer misses some past forms ("shelled" reads "shel", "retook"
 * stays "retook"), so a verb trigger also answers to its inflected forms as written
 * where it follows its subject or auxiliary ("forces shelled", "was shelled"), not where
 * a participle only describes a noun ("in retaken villages", "Reinforced by ...").
 */
public final class TriggerLexicon {

    private static final String RESOURCE = "org/warkg/event/triggers.tsv";
    private static final String ANY = "*";
    private static final String VERB = "VERB";
    /** Tags of the word before a finite verb: its subject or auxiliary. */
    private static final Set<String> BEFORE_FINITE = Set.of("NOUN", "PROPN", "PRON", "NUM",
        "AUX");
    /** Past forms no suffix rule gives, and the lemma each belongs to. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
        Map.entry("struck", "strike"), Map.entry("stricken", "strike"), Map.entry("shot", "shoot"),
        Map.entry("blew", "blow"), Map.entry("blown", "blow"), Map.entry("sent", "send"), Map.entry("met", "meet"),
        Map.entry("retook", "retake"), Map.entry("retaken", "retake"), Map.entry("withdrew", "withdraw"),
        Map.entry("withdrawn", "withdraw"), Map.entry("lost", "lose"), Map.entry("fought", "fight"));

    private final Map<String, Trigger> byLemmaAndTag;
    private final Map<String, String> verbForms;

    /**
     * What a trigger word signals.
     *
     * @param type   the event type
     * @param strong false for generic verbs that count only when nothing better is there
     */
    public record Trigger(EventType type, boolean strong) {
    }

    private TriggerLexicon(Map<String, Trigger> byLemmaAndTag, Map<String, String> verbForms) {
        this.byLemmaAndTag = byLemmaAndTag;
        this.verbForms = verbForms;
    }

    /** The lexicon shipped with the extractor. */
    public static TriggerLexicon standard() {
        Map<String, Trigger> map = new HashMap<>();
        Map<String, String> forms = new HashMap<>();
        for (String line : ResourceLines.read(RESOURCE)) {
            String[] cols = line.split("\t");
            map.put(cols[0] + "\t" + cols[1], new Trigger(EventType.valueOf(cols[2]), "strong".equals(cols[3])));
            if (cols[1].equals(VERB) || cols[1].equals(ANY)) {
                inflections(cols[0]).forEach(form -> forms.putIfAbsent(form, cols[0]));
            }
        }
        IRREGULAR.forEach((form, lemma) -> {
            if (map.containsKey(lemma + "\t" + VERB) || map.containsKey(lemma + "\t" + ANY)) {
                forms.put(form, lemma);
            }
        });
        return new TriggerLexicon(map, forms);
    }

    /** What the token at the index triggers, or null. */
    public Trigger triggerOf(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        Trigger trigger = lookUp(token.lemma(), token.tag());
        if (trigger != null || !token.tag().equals(VERB) || index == 0
                || !BEFORE_FINITE.contains(tokens.get(index - 1).tag())) {
            return trigger;
        }
        String lemma = verbForms.get(token.text().toLowerCase(Locale.ROOT));
        return lemma == null ? null : lookUp(lemma, VERB);
    }

    private Trigger lookUp(String lemma, String tag) {
        Trigger trigger = byLemmaAndTag.get(lemma + "\t" + tag);
        return trigger != null ? trigger : byLemmaAndTag.get(lemma + "\t" + ANY);
    }

    /** Regular forms of a verb: strikes, struck aside; shelled, repelled, seized, raiding. */
    static List<String> inflections(String lemma) {
        boolean silentE = lemma.endsWith("e");
        String stem = silentE ? lemma.substring(0, lemma.length() - 1) : lemma;
        String doubled = lemma + lemma.charAt(lemma.length() - 1);
        return List.of(lemma + "s", lemma + "es", stem + "ed", stem + "ing", doubled + "ed", doubled + "ing");
    }
}
