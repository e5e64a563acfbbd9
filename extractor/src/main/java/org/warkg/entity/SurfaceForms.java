package org.warkg.entity;

/** Cleans a name as written into the form records show: no possessive, straight quotes, single spaces. */
public final class SurfaceForms {

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
}
