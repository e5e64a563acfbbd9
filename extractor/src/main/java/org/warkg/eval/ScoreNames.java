package org.warkg.eval;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name and sentence normalisation of the scoring rules: accents and case folded,
 * curly apostrophes straightened, possessive 's and a leading "the" dropped, and
 * everything but ASCII letters and digits turned into single spaces.
 */
final class ScoreNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");

    private static final Set<String> NOT_STATED = Set.of("", "none", "null", "not stated", "notstated");

    private ScoreNames() {}

    /** The normal form of a name; empty for null. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        n = n.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
        n = POSSESSIVE.matcher(n).replaceAll("");
        n = OTHER.matcher(n).replaceAll(" ").strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    /** A verification value's normal form: "not stated" for null, blank and the spellings of "not stated". */
    static String verification(String v) {
        String n = norm(v);
        return NOT_STATED.contains(n) ? "not stated" : n;
    }

    /** The set of normalised words of a text. */
    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : norm(s).split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Equal names, or the shorter one's words standing in a row inside the longer one. */
    static boolean placeMatch(String a, String b) {
        String na = norm(a);
        String nb = norm(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        if (na.equals(nb)) {
            return true;
        }
        String[] ta = na.split(" ");
        String[] tb = nb.split(" ");
        String[] shorter = ta.length <= tb.length ? ta : tb;
        String[] longer = ta.length <= tb.length ? tb : ta;
        for (int i = 0; i + shorter.length <= longer.length; i++) {
            boolean all = true;
            for (int k = 0; k < shorter.length && all; k++) {
                all = longer[i + k].equals(shorter[k]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Jaccard overlap of the two texts' word sets. */
    static double overlap(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        wa.retainAll(wb);
        return (double) wa.size() / union.size();
    }
}
