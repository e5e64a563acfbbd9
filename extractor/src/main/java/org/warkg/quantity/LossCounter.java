package org.warkg.quantity;

import static org.warkg.quantity.NumberWords.NUMBER;
import static org.warkg.quantity.NumberWords.QUALIFIER;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figure a tally of losses gives ("has lost 2,400 troops", "losses reached 9,100
 * personnel", "some 300 casualties"): people lost, killed and wounded together, which is
 * neither a count of the killed nor of the injured, but tells one tally from another.
 */
public final class LossCounter {

    /** A count of people, up to three words before its noun ("Ukrainian army servicemen"), a quote's end between. */
    private static final Pattern LOST = Pattern.compile(QUALIFIER + NUMBER
        + "[\"\u201d]? (?:[\\p{L}'-]+ ){0,3}?"
        + "(?:troops|soldiers|servicemen|personnel|fighters|men|civilians|people"
        + "|children|casualties|dead|deaths|killed)"
        + "\\b", Pattern.CASE_INSENSITIVE);

    /** The first count of people the sentence gives, or null when it gives none. */
    public Integer lost(String sentence) {
        Matcher m = LOST.matcher(sentence);
        return m.find() ? NumberWords.value(m.group(1)) : null;
    }
}
