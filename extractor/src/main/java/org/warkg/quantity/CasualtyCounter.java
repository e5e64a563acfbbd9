package org.warkg.quantity;

import static org.warkg.quantity.NumberWords.NUMBER;
import static org.warkg.quantity.NumberWords.QUALIFIER;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads killed and injured counts from a sentence, numbers in words too ("three
 * people", "at least 60"), one victim named by age or role ("killing an 83-year-old man"),
 * and a toll given again ("the death toll has risen to 40"), whose new figure counts.
 * Vague amounts ("dozens") give nothing; "no casualties" gives zero.
 */
public final class CasualtyCounter {

    /**
     * Up to three words between a number and its verb ("civilians were"), none of them a count, a toll or
     * the start of a relative clause ("the Oct. 5 strike that killed"), then perhaps an aside ("including 9
     * children,").
     */
    private static final String WORD = "(?!(?:and|dead|killed|died|injured|wounded|hurt|that|which)\\b)[\\p{L}'-]+";
    private static final String PEOPLE = "(?:" + WORD + " ){0,3}"
        + "(?:" + WORD + ", (?:including|among them) [^,;.]{1,40}, (?:" + WORD + " ){0,2})?";
    /** "A 27-year-old paramedic was killed": one person. */
    private static final String ONE = "\\b(?:a|an) (?:[\\p{L}\\d'-]+ ){0,3}(?:was|has been) ";
    /** "killing an 83-year-old man", "injuring its driver", "killing 70-year-old Ivan Petrenko": one person. */
    private static final String ONE_OBJECT = "(?:(?:a|an|its|his|her|the) (?!(?:number|total|toll)\\b)"
        + "|\\d{1,3}-year-old \\p{Lu})";
    /** "injuring the driver and a passenger": two people, one of each. */
    private static final String PAIR_OBJECT = "(?:a|an|its|his|her|the) (?!(?:number|total|toll)\\b)"
        + "(?:[\\p{L}\\d'-]+ ){0,2}?[\\p{L}'-]+ and (?:a|an|its|his|her|the) [\\p{L}'-]+\\b(?! of\\b)";
    /** A count of the killed and wounded together, which is neither ("400 men killed and wounded"). */
    private static final Pattern BOTH = Pattern.compile("^\\s+(?:and|or)\\s+(?:wounded|injured|hurt)\\b");
    /**
     * What a toll's subject may say of the strike before its verb ("by the missile attack on a dormitory
     * beside the freight yard on Nov. 3"): no clause break, but the stop of an abbreviation.
     */
    private static final String GAP = "(?:[^.;]|\\.(?= \\d| \\p{Ll})){0,160}?";
    /** A quotation mark that opens a claimant's own words for the toll: killing "at least 60 fighters". */
    private static final String QUOTE = "[\"\u201c]?";
    /** A toll given again with its new figure: "the death toll has risen to 40". */
    private static final String RISEN = "(?:has |had |have )?(?:risen|rose|climbed|increased|grown|jumped|reached)"
        + " to " + QUALIFIER + NUMBER;
    private static final Pattern KILLED = Pattern.compile(
        "\\b(?:death toll|number of (?:people |those |civilians )?(?:killed|dead)|toll)\\b" + GAP + RISEN
        + "|" + QUALIFIER + NUMBER + " " + PEOPLE + "(?:(?:were|was|have been|had been|are|is) )?(?:confirmed )?"
        + "(?:killed|dead|died|deaths?)\\b"
        + "|\\b(?:kill(?:s|ed|ing)|claim(?:s|ed|ing) the lives of) " + QUOTE + QUALIFIER + NUMBER
        + "|(\\bkill(?:s|ed|ing) " + PAIR_OBJECT + ")"
        + "|(" + ONE + "(?:killed|died)\\b|\\bkill(?:s|ed|ing) " + ONE_OBJECT + ")",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern INJURED = Pattern.compile(
        "\\b(?:number of (?:people |those |civilians )?(?:injured|wounded|hurt))\\b" + GAP + RISEN
        + "|" + QUALIFIER + NUMBER + " " + PEOPLE + "(?:(?:were|was|have been|had been|are|is) )?"
        + "(?:injured|wounded|hurt|injuries)\\b"
        + "|\\b(?:injur(?:es|ed|ing)|wound(?:s|ed|ing)) " + QUOTE + QUALIFIER + NUMBER
        + "|(\\b(?:injur(?:es|ed|ing)|wound(?:s|ed|ing)) " + PAIR_OBJECT + ")"
        + "|(" + ONE + "(?:injured|wounded|hurt)\\b|\\b(?:injur(?:es|ed|ing)|wound(?:s|ed|ing)) " + ONE_OBJECT + ")",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_CASUALTIES = Pattern.compile(
        "\\bno (?:reports? of )?(?:casualties|victims|deaths|one was killed|one was hurt|one was injured)\\b"
        + "|\\bwithout (?:causing )?casualties\\b|\\bnobody was (?:killed|hurt|injured)\\b"
        + "|\\bcaused no casualties\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_INJURIES = Pattern.compile(
        "\\bno (?:one was |one was reported |reports? of )?(?:injuries|injured|wounded)\\b"
        + "|\\bno one was (?:hurt|injured)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Word stems without which no pattern can match: a cheap test that spares most
     * sentences the scans.
     */
    private static final List<String> DEATH_STEMS = List.of("kill", "dead", "died", "death", "lives", "casualt",
        "victim");
    private static final List<String> INJURY_STEMS = List.of("injur", "wound", "hurt", "casualt", "victim",
        "death", "kill");

    /** Zero when the sentence says no one was killed ("There were no casualties."), else null. */
    public Integer noneKilled(String sentence) {
        return mentions(sentence, DEATH_STEMS) && NO_CASUALTIES.matcher(sentence).find() ? Integer.valueOf(0) : null;
    }

    /** Zero when the sentence says no one was hurt ("No injuries were reported."), else null. */
    public Integer noneInjured(String sentence) {
        return mentions(sentence, INJURY_STEMS)
            && (NO_CASUALTIES.matcher(sentence).find() || NO_INJURIES.matcher(sentence).find()) ? Integer.valueOf(0)
            : null;
    }

    /** People killed, or null when the sentence gives no count. */
    public Integer killed(String sentence) {
        if (!mentions(sentence, DEATH_STEMS)) {
            return null;
        }
        Integer n = count(KILLED, sentence);
        return n != null ? n : noneKilled(sentence);
    }

    /** People injured, or null when the sentence gives no count. */
    public Integer injured(String sentence) {
        if (!mentions(sentence, INJURY_STEMS)) {
            return null;
        }
        Integer n = count(INJURED, sentence);
        return n != null ? n : noneInjured(sentence);
    }

    private static boolean mentions(String sentence, List<String> stems) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return stems.stream().anyMatch(lower::contains);
    }

    private static Integer count(Pattern pattern, String sentence) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            if (m.group(2) != null && BOTH.matcher(sentence.substring(m.end())).find()) {
                continue;
            }
            // A revised toll is the count the sentence ends on.
            if (m.group(1) != null) {
                return NumberWords.value(m.group(1));
            }
            if (m.group(4) != null) {
                return 2;
            }
            if (m.group(5) != null) {
                return 1;
            }
            String number = m.group(2) != null ? m.group(2) : m.group(3);
            if (number != null) {
                return NumberWords.value(number);
            }
        }
        return null;
    }
}
