package org.warkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * The sentence model ends a sentence at a month's abbreviation before its day ("on Jan. 6,
 * killing two"), which cuts the rest of the sentence (its toll, its place) off its event.
 * A sentence that ends so and a next one that starts with the day are one sentence.
 */
final class AbbreviatedDates {

    private static final Pattern MONTH_END = Pattern.compile(
        "\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.\\s*$");
    private static final Pattern DAY_START = Pattern.compile("^\\d{1,2}\\b");

    private AbbreviatedDates() {}

    /** The sentence spans with every one cut at a month's abbreviation joined to the next. */
    static Span[] rejoin(String text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                if (MONTH_END.matcher(text.substring(last.getStart(), last.getEnd())).find()
                        && DAY_START.matcher(text.substring(span.getStart(), span.getEnd())).find()) {
                    out.set(out.size() - 1, new Span(last.getStart(), span.getEnd()));
                    continue;
                }
            }
            out.add(span);
        }
        return out.toArray(new Span[0]);
    }
}
