package org.warkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.warkg.resources.ResourceLines;

/**
 * Recognises lines of site furniture (navigation, subscription prompts, share
 * buttons, bylines) from the pattern files listed in {@code boilerplate/index.txt}
 * (general ones, then each site's own), and lists of section or tag names.
 */
public final class Boilerplate {

    private static final String FOLDER = "org/warkg/ingest/boilerplate/";
    /** Comma-separated capitalised items with no sentence in them: tag and section lists. */
    private static final Pattern TAG_LIST =
        Pattern.compile("[\\p{Lu}][^,.!?;:]{0,30}(, [\\p{Lu}][^,.!?;:]{0,30}){2,}");

    /**
     * Feed pages glue a headline, outlet and author into one line ("...border
     * villageThe Kyiv IndependentJane Roe"); a line with such a seam and no
     * sentence end is a credit line, not text.
     */
    private static final Pattern GLUED =
        Pattern.compile("\\p{Ll}{2}The \\p{Lu}|\\p{Ll}{2}\\p{Lu}\\p{Ll}.*\\p{Ll}{2}\\p{Lu}\\p{Ll}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"\u201d)]$");

    /** Furniture lines are short; longer lines are never tested, which also bounds regex work. */
    private static final int MAX_FURNITURE = 2000;

    private final Pattern lines;

    private Boilerplate(Pattern lines) {
        this.lines = lines;
    }

    /** The patterns shipped with the extractor. */
    public static Boilerplate standard() {
        return fromIndex(FOLDER);
    }

    /** The patterns of every file that {@code index.txt} in the folder lists, as one alternation. */
    static Boilerplate fromIndex(String folder) {
        List<String> alternatives = new ArrayList<>();
        for (String file : ResourceLines.read(folder + "index.txt")) {
            for (String line : ResourceLines.read(folder + file)) {
                alternatives.add("(?:" + line + ")");
            }
        }
        String regex = String.join("|", alternatives);
        return new Boilerplate(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Whether a line, trimmed, is site furniture rather than news text. */
    public boolean matches(String line) {
        String text = normalise(line);
        if (text.isEmpty() || text.length() > MAX_FURNITURE) {
            return false;
        }
        return lines.matcher(text).matches() || TAG_LIST.matcher(text).matches()
            || GLUED.matcher(text).find() && !SENTENCE_END.matcher(text).find();
    }

    private static String normalise(String line) {
        return line.strip().replace('\u2019', '\'').replace('\u00a0', ' ');
    }
}
