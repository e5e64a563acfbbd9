package org.warkg.quantity;

import java.util.Locale;
import java.util.Map;

/**
 * Counts as news text writes them, in digits ("1,200") or words ("three"), with the
 * hedges that may stand before them ("at least", "nearly").
 */
final class NumberWords {

    /**
     * A count as one regex group; "no one" is not a count. The word boundary comes first
     * because it fails fast inside words, where a scan spends most of its positions.
     */
    static final String NUMBER = "\\b(?<!\\bno )(\\d{1,3}(?:,\\d{3})*|\\d+|one|two|three|four|five|six|seven"
        + "|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
        + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight"
        + "|nine))?|a hundred|one hundred)(?![\\w-])";
    /** A hedge before a count, without a group, starting on a word boundary like the count. */
    static final String QUALIFIER =
        "\\b(?:at least |more than |over |nearly |almost |about |around |some |up to )?";

    private static final Map<String, Integer> WORDS = Map.ofEntries(
        Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
        Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
        Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
        Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
        Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
        Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
        Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
        Map.entry("a hundred", 100), Map.entry("one hundred", 100));

    private NumberWords() {
    }

    /** The value of a count matched by {@link #NUMBER}, or null if it overflows. */
    static Integer value(String number) {
        String n = number.toLowerCase(Locale.ROOT);
        Integer word = WORDS.get(n);
        if (word != null) {
            return word;
        }
        int dash = n.indexOf('-');
        if (dash > 0) {
            // "twenty-three": tens and units
            return WORDS.get(n.substring(0, dash)) + WORDS.get(n.substring(dash + 1));
        }
        try {
            return Integer.valueOf(n.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
