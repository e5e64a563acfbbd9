package org.warkg.entity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans a name as written into the form records show: no possessive, straight quotes, single spaces. */
public final class SurfaceForms {

    /** A capitalised owner with a possessive, then a capitalised name. */
    private static final Pattern OWNER = Pattern.compile("\\p{Lu}[\\p{L}.-]+'s (\\p{Lu}.*)");

    private SurfaceForms() {}

    /** "HUR\u2019s" becomes "HUR"; runs of white space become one space. */
    public static String clean(String text) {
        String s = text.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip();
        if (s.endsWith("'s") || s.endsWith("'S")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s'")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    /**
     * The name without the country that owns it, as the text also uses it: "Russia's FSB"
     * is written "FSB" as well, "Ukraine's General Staff" "General Staff". Empty where the
     * form has no such owner.
     */
    public static Optional<String> bare(String form) {
        Matcher owner = OWNER.matcher(form);
        return owner.matches() ? Optional.of(owner.group(1)) : Optional.empty();
    }
}
