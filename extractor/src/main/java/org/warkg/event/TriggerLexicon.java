package org.warkg.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.warkg.nlp.Token;

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
        try (InputStream in = TriggerLexicon.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                map.put(cols[0] + "\t" + cols[1], new Trigger(EventType.valueOf(cols[2]), "strong".equals(cols[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new TriggerLexicon(map);
    }

    /** What the token triggers, or null. */
    public Trigger triggerOf(Token token) {
        Trigger trigger = byLemmaAndTag.get(token.lemma() + "\t" + token.tag());
        return trigger != null ? trigger : byLemmaAndTag.get(token.lemma() + "\t" + ANY);
    }
}
