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

    /** Whether a one-word mention is no name; longer mentions always pass. */
    boolean excludes(Mention mention) {
        return mention.length() == 1 && words.contains(mention.text());
    }
}
