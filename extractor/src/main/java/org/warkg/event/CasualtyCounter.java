package org.warkg.event;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads killed and injured counts from a sentence, numbers in words too ("three
 * people", "at least 60"). Vague amounts ("dozens") give nothing; "no casualties"
 * gives zero.
 */
public final class CasualtyCounter {

    private static final String NUMBER = "(?<!\\bno )\\b(\\d{1,3}(?:,\\d{3})*|\\d+|one|two|three|four|five|six|seven"
        + "|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
        + "|twenty|thirty|forty|fifty|a hundred|one hundred)(?![\\w-])";
    private static final String QUALIFIER =
        "(?:at least |more than |over |nearly |almost |about |around |some |up to )?";
    /** Up to three words between a number and its verb ("civilians were"), none of them a count or a toll. */
    private static final String PEOPLE =
        "(?:(?!(?:and|dead|killed|died|injured|wounded|hurt)\\b)[\\p{L}'-]+ ){0,3}";
    /** "A two-year-old girl was killed": one person. */
    private static final String ONE = "\\b(?:a|an) (?:[\\p{L}'-]+ ){0,3}(?:was|has been) ";
    private static final Pattern KILLED = Pattern.compile(
        QUALIFIER + NUMBER + " " + PEOPLE + "(?:(?:were|was|have been|had been|are|is) )?(?:confirmed )?"
        + "(?:killed|dead|died|deaths?)\\b"
        + "|\\b(?:kill(?:s|ed|ing)|claim(?:s|ed|ing) the lives of) " + QUALIFIER + NUMBER
        + "|(" + ONE + "(?:killed|died))\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern INJURED = Pattern.compile(
        QUALIFIER + NUMBER + " " + PEOPLE + "(?:(?:were|was|have been|had been|are|is) )?"
        + "(?:injured|wounded|hurt)\\b"
        + "|\\b(?:injur(?:es|ed|ing)|wound(?:s|ed|ing)) " + QUALIFIER + NUMBER
        + "|(" + ONE + "(?:injured|wounded|hurt))\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_CASUALTIES = Pattern.compile(
        "\\bno (?:casualties|victims|deaths|one was killed)\\b|\\bwithout casualties\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_INJURIES = Pattern.compile(
        "\\bno (?:one was |one was reported )?(?:injuries|injured|wounded)\\b|\\bno one was (?:hurt|injured)\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> WORDS = Map.ofEntries(
        Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
        Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
        Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
        Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
        Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
        Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
        Map.entry("a hundred", 100), Map.entry("one hundred", 100));

    /** Zero when the sentence says no one was killed ("There were no casualties."), else null. */
    public Integer noneKilled(String sentence) {
        return NO_CASUALTIES.matcher(sentence).find() ? Integer.valueOf(0) : null;
    }

    /** Zero when the sentence says no one was hurt ("No injuries were reported."), else null. */
    public Integer noneInjured(String sentence) {
        return NO_CASUALTIES.matcher(sentence).find() || NO_INJURIES.matcher(sentence).find() ? Integer.valueOf(0)
            : null;
    }

    /** People killed, or null when the sentence gives no count. */
    public Integer killed(String sentence) {
        Integer n = count(KILLED, sentence);
        return n != null ? n : noneKilled(sentence);
    }

    /** People injured, or null when the sentence gives no count. */
    public Integer injured(String sentence) {
        Integer n = count(INJURED, sentence);
        return n != null ? n : noneInjured(sentence);
    }

    private static Integer count(Pattern pattern, String sentence) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            if (m.group(3) != null) {
                return 1;
            }
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            if (number != null) {
                return value(number);
            }
        }
        return null;
    }

    private static Integer value(String number) {
        String n = number.toLowerCase(Locale.ROOT);
        Integer word = WORDS.get(n);
        if (word != null) {
            return word;
        }
        try {
            return Integer.valueOf(n.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
