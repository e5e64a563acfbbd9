package org.warkg.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Words that look like names and name nothing the graph holds ({@code not-names.txt}):
 * month and weekday names, compass points, platforms, technical acronyms.
 */
final class NotNames {

    private static final String RESOURCE = "org/warkg/mention/not-names.txt";

    private final Set<String> words;

    private NotNames(Set<String> words) {
        this.words = words;
    }

    static NotNames standard() {
        Set<String> words = new HashSet<>();
        try (InputStream in = NotNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new NotNames(words);
    }

    /** Whether a one-word mention is no name; longer mentions always pass. */
    boolean excludes(Mention mention) {
        return mention.length() == 1 && words.contains(mention.text());
    }
}
