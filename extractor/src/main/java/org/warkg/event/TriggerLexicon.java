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

/** Event triggers by lemma and part of speech, from {@code triggers.tsv}. */
public final class TriggerLexicon {

    private static final String RESOURCE = "org/warkg/event/triggers.tsv";
    private static final String ANY = "*";

    private final Map<String, EventType> byLemmaAndTag;

    private TriggerLexicon(Map<String, EventType> byLemmaAndTag) {
        this.byLemmaAndTag = byLemmaAndTag;
    }

    /** The lexicon shipped with the extractor. */
    public static TriggerLexicon standard() {
        Map<String, EventType> map = new HashMap<>();
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
                map.put(cols[0] + "\t" + cols[1], EventType.valueOf(cols[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new TriggerLexicon(map);
    }

    /** The event type the token triggers, or null. */
    public EventType typeOf(Token token) {
        EventType type = byLemmaAndTag.get(token.lemma() + "\t" + token.tag());
        return type != null ? type : byLemmaAndTag.get(token.lemma() + "\t" + ANY);
    }
}
