package org.warkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * The sentence model ends sentences at abbreviations that rarely end one: a month before
 * its day ("on Jan. 6, killing two"), a rank before a name ("Gen. Ivanov"), "a.m." before
 * "local time", a country's initials before a title ("the U.S. Secretary of State"). The
 * cut loses the rest of the sentence (its toll, its place, its agent), so such a sentence
 * and the next one are joined again.
 */
final class AbbreviationBreaks {

    private static final Pattern MONTH_END = Pattern.compile(
        "\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.\\s*$");
    private static final Pattern DAY_START = Pattern.compile("^\\d{1,2}\\b");
    /** Ranks and honorifics: always followed by a name, never the end of a sentence. */
    private static final Pattern TITLE_END = Pattern.compile(
        "\\b(?:Gen|Lt|Col|Maj|Capt|Cpt|Sgt|Cpl|Pvt|Adm|Brig|Cmdr|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Rev|St|Mt)\\.\\s*$");
    private static final Pattern INITIALS_END = Pattern.compile("\\b(?:U\\.S|U\\.K|U\\.N|E\\.U)\\.\\s*$");
    /** Words that follow a country's initials inside a name or title rather than open a sentence. */
    private static final Pattern TITLE_START = Pattern.compile(
        "^(?:President|Vice|Secretary|Ambassador|Envoy|Special|Senator|Sen\\.|Rep\\.|Congress|Senate|House|Treasury"
            + "|State|Defense|Defence|Department|Army|Air|Navy|Marine|Forces|Embassy|Government|Security|Intelligence"
            + "|National|General|Gen\\.|Central|European|Joint|Commander|Chairman|Officials|Troops|Military)\\b");
    private static final Pattern LOWER_START = Pattern.compile("^\\p{Ll}");

    private AbbreviationBreaks() {}

    /** The sentence spans with every one cut at such an abbreviation joined to the next. */
    static Span[] rejoin(String text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                if (cutAtAbbreviation(text.substring(last.getStart(), last.getEnd()),
                        text.substring(span.getStart(), span.getEnd()))) {
                    out.set(out.size() - 1, new Span(last.getStart(), span.getEnd()));
                    continue;
                }
            }
            out.add(span);
        }
        return out.toArray(new Span[0]);
    }

    private static boolean cutAtAbbreviation(String before, String after) {
        if (!before.endsWith(".")) {
            return false;
        }
        return MONTH_END.matcher(before).find() && DAY_START.matcher(after).find()
            || TITLE_END.matcher(before).find()
            || INITIALS_END.matcher(before).find() && TITLE_START.matcher(after).find()
            || LOWER_START.matcher(after).find();
    }
}
