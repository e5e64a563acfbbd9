package org.warkg.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a "since" phrase gives opens the period a tally counts over ("have been
 * killed there since the invasion started in February 2022", "lost 900 troops since
 * 6 August"): it is not the day of what is counted, which is told as of the report.
 * Blanking the phrase lets the rest of the sentence, or the story, date the tally.
 */
public final class PeriodStart {

    private static final String MONTHS =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December"
        + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final String YEAR = "(?:19|20)\\d\\d";
    /**
     * From "since" to the first date it names, within its phrase (no comma or semicolon between);
     * not "since 2014, when ...", whose date is that of the clause after it.
     */
    private static final Pattern SINCE = Pattern.compile(
        "\\b[Ss]ince\\b[^,;]{0,90}?\\b(?:"
        + "\\d{1,2}(?:st|nd|rd|th)? (?:of )?" + MONTHS + "(?:,? " + YEAR + ")?"
        + "|" + MONTHS + "(?: \\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,? " + YEAR + ")?"
        + "|" + YEAR + ")(?!,? when\\b)");

    private PeriodStart() {}

    /**
     * The sentence with every "since" phrase that names a date blanked out, offsets kept,
     * except the one that holds the given offset: a word inside it tells the period's start.
     *
     * @param sentence the sentence text
     * @param keep     offset in the sentence of the word an event is told by, or -1
     */
    public static String blank(String sentence, int keep) {
        if (!sentence.contains("ince")) {
            return sentence;
        }
        Matcher m = SINCE.matcher(sentence);
        StringBuilder out = null;
        while (m.find()) {
            if (m.start() <= keep && keep < m.end()) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(sentence);
            }
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? sentence : out.toString();
    }
}
