package org.warkg.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name to the key under which spellings count as the same: case, accents,
 * curly apostrophes, possessive 's, punctuation and a leading "the" do not count.
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {}

    /** The folded key of a name. */
    public static String of(String name) {
        return isAscii(name) ? ofAscii(name) : ofUnicode(name);
    }

    private static String ofUnicode(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = NON_ALNUM.matcher(s).replaceAll(" ").strip();
        return withoutArticle(s);
    }

    /**
     * The same key in one pass for a plain-ASCII name, most names and most text: it has
     * no accents to strip, and the gazetteer asks for keys of names by the thousand.
     */
    private static String ofAscii(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean gap = false;
        int n = name.length();
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c == '\'' && i + 1 < n && (name.charAt(i + 1) | 0x20) == 's'
                    && (i + 2 == n || !isWord(name.charAt(i + 2)))) {
                i++;
            } else if (isAsciiLetterOrDigit(c)) {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                gap = false;
                key.append(Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return withoutArticle(key.toString());
    }

    private static String withoutArticle(String key) {
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** What a regular expression's word boundary counts as a word character. */
    private static boolean isWord(char c) {
        return isAsciiLetterOrDigit(c) || c == '_';
    }
}
