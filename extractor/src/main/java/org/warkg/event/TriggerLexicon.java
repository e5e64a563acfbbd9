package org.warkg.event;

import java.util.HashMap;
import java.util.Map;

import org.warkg.nlp.Token;
import org.warkg.resources.ResourceLines;

/** Event triggers by lemma and part of speech, with their strength, from {@code triggers.tsv}. */
public final class TriggerLexicon {

    private static final String RESOURCE = "org/warkg/event/triggers.tsv";
    private static final String ANY = "*";

    private final Map<String, Trigger> byLemmaAndTag;

    /**
     * What a trigger word signals.
     *
     * @param type   the event type
     * @param strong false for generic verbs that count only when nothing better is there
     */
    public record Trigger(EventType type, boolean strong) {
    }

    private TriggerLexicon(Map<String, Trigger> byLemmaAndTag) {
        this.byLemmaAndTag = byLemmaAndTag;
    }

    /** The lexicon shipped with the extractor. */
    public static TriggerLexicon standard() {
        Map<String, Trigger> map = new HashMap<>();
        for (String line : ResourceLines.read(RESOURCE)) {
            String[] cols = line.split("\t");
            map.put(cols[0] + "\t" + cols[1], new Trigger(EventType.valueOf(cols[2]), "strong".equals(cols[3])));
        }
        return new TriggerLexicon(map);
    }

    /** What the token triggers, or null. */
    public Trigger triggerOf(Token token) {
        Trigger trigger = byLemmaAndTag.get(token.lemma() + "\t" + token.tag());
        return trigger != null ? trigger : byLemmaAndTag.get(token.lemma() + "\t" + ANY);
    }
}
