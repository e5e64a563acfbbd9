package org.warkg.quantity;

import static org.warkg.quantity.NumberWords.NUMBER;
import static org.warkg.quantity.NumberWords.QUALIFIER;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how many drones, missiles or bombs were launched and how many were shot
 * down: "Russia launched 62 drones, 40 of which were shot down", "a barrage of 120
 * drones and five missiles", "gunners destroyed 40 Shahed drones", "downed 20 of
 * the 26 missiles".
 */
public final class MunitionCounter {

    /** Up to three words between a count and its munition ("Shahed-type attack"). */
    private static final String KIND = "(?:[\\p{L}'-]+ ){0,3}?";
    private static final String MUNITION =
        "(?:drones?|UAVs?|Shaheds?|missiles?|rockets?|(?:glide |guided |aerial )?bombs|projectiles)\\b";
    private static final String COUNT = QUALIFIER + NUMBER + " " + KIND + MUNITION;
    private static final String DOWNED_VERB =
        "(?:shot down|brought down|downed|intercepted|neutrali[sz]ed|destroyed|jammed|suppressed)";
    private static final String LAUNCH_VERB = "(?:launch(?:ed|ing)?|fir(?:ed|ing)|sent|used"
        + "|(?:attack(?:s|ed)?|strikes|struck|hits?) \\S+ with|(?:wave|barrage|swarm|salvo|bombardment|total) of)";
    private static final Pattern LAUNCHED = Pattern.compile(
        "\\b" + LAUNCH_VERB + " (?:a total of )?" + COUNT
        + "|" + COUNT + " (?:were|was|had been|have been) (?:launched|fired)",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern DOWNED = Pattern.compile(
        "\\b" + DOWNED_VERB + " " + COUNT
        + "|" + COUNT + " (?:were|was|had been|have been) " + DOWNED_VERB
        + "|" + QUALIFIER + NUMBER + " of (?:them|which|these|those) (?:were|was|had been|have been) " + DOWNED_VERB,
        Pattern.CASE_INSENSITIVE);

    /** "shot down 31 of the 40 drones": how many fell, then how many came. */
    private static final Pattern PART_OF_WHOLE = Pattern.compile(
        "\\b" + DOWNED_VERB + " " + QUALIFIER + NUMBER + " of (?:the |all |all the )?" + COUNT,
        Pattern.CASE_INSENSITIVE);

    /** Word stems without which no count can match: a cheap test that spares most sentences the scans. */
    private static final List<String> STEMS = List.of("drone", "uav", "shahed", "missile", "rocket", "bomb",
        "projectile");

    /** The counts a sentence gives. */
    public Munitions count(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (STEMS.stream().noneMatch(lower::contains)) {
            return Munitions.NONE;
        }
        Matcher part = PART_OF_WHOLE.matcher(sentence);
        if (part.find()) {
            Integer launched = first(LAUNCHED, sentence);
            return new Munitions(launched != null ? launched : NumberWords.value(part.group(2)),
                NumberWords.value(part.group(1)));
        }
        return new Munitions(first(LAUNCHED, sentence), first(DOWNED, sentence));
    }

    private static Integer first(Pattern pattern, String sentence) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    return NumberWords.value(m.group(g));
                }
            }
        }
        return null;
    }
}
