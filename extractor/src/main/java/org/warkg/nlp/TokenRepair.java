package org.warkg.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * Fixes two habits of the UD English tokenizer that hurt name finding in war news:
 * it leaves possessives on the word ("Oblast's", "HUR\u2019s") and cuts model names
 * at hyphens ("Iskander - M", "Shahed -136"). Possessives are split off as their
 * own token; pieces that touch across a hyphen or slash are joined again.
 */
final class TokenRepair {

    private TokenRepair() {}

    /** The repaired token spans of a sentence. */
    static List<Span> repair(CharSequence text, Span[] spans) {
        List<Span> joined = new ArrayList<>(spans.length);
        for (Span span : spans) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.getEnd() == span.getStart() && joinable(text, last, span)) {
                joined.set(joined.size() - 1, new Span(last.getStart(), span.getEnd()));
            } else {
                joined.add(span);
            }
        }
        List<Span> out = new ArrayList<>(joined.size() + 4);
        for (int i = 0; i < joined.size(); i++) {
            Span span = joined.get(i);
            int end = span.getEnd();
            if (i == joined.size() - 1 && endsWithStrayPeriod(text, span)) {
                out.add(new Span(span.getStart(), end - 1));
                out.add(new Span(end - 1, end));
                continue;
            }
            if (span.length() > 2 && text.charAt(end - 1) == 's' && isApostrophe(text.charAt(end - 2))) {
                out.add(new Span(span.getStart(), end - 2));
                out.add(new Span(end - 2, end));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /** Touching pieces join when the seam is a hyphen or slash next to a letter or digit. */
    private static boolean joinable(CharSequence text, Span left, Span right) {
        char before = text.charAt(left.getEnd() - 1);
        char after = text.charAt(right.getStart());
        return isJoiner(after) && Character.isLetterOrDigit(before)
            || isJoiner(before) && left.length() > 1 && Character.isLetterOrDigit(after);
    }

    /** "SBU." closing a sentence: a final period on a word with no other period, unlike "U.S.". */
    private static boolean endsWithStrayPeriod(CharSequence text, Span span) {
        if (span.length() < 3 || text.charAt(span.getEnd() - 1) != '.') {
            return false;
        }
        for (int i = span.getStart(); i < span.getEnd() - 1; i++) {
            if (text.charAt(i) == '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '/';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
