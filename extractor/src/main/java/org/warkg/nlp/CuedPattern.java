package org.warkg.nlp;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A regular expression with the words it cannot match without. Looking for the words
 * costs a fraction of a scan, and most sentences hold none of them.
 *
 * @param pattern the expression
 * @param cues    lower-case strings one of which every match contains
 */
public record CuedPattern(Pattern pattern, List<String> cues) {

    public CuedPattern {
        cues = List.copyOf(cues);
    }

    /** The expression, with lower-case cues. */
    public static CuedPattern of(Pattern pattern, String... cues) {
        return new CuedPattern(pattern, List.of(cues));
    }

    /**
     * Whether the expression occurs in the text.
     *
     * @param text  the text
     * @param lower the text in lower case, computed once for all the patterns tried on it
     */
    public boolean foundIn(String text, String lower) {
        return cues.stream().anyMatch(lower::contains) && pattern.matcher(text).find();
    }
}
