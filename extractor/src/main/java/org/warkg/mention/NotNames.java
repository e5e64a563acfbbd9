package org.warkg.mention;

import java.util.HashSet;
import java.util.Set;

import org.warkg.resources.ResourceLines;

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
        return new NotNames(new HashSet<>(ResourceLines.read(RESOURCE)));
    }

    /**
     * Whether the mention is no name: each of its words is listed ("AM GMT" of a
     * time stamp); a mention with one word that is not listed passes ("North Korea").
     */
    boolean excludes(Mention mention) {
        for (String word : mention.text().split("\\s+")) {
            if (!words.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
