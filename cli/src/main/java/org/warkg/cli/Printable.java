package org.warkg.cli;

/**
 * Text from outside (a file name, a reason quoting one) made safe for a line of the
 * batch report: a name may hold a newline or a carriage return, and printed as it is it
 * would add lines of its own, such as a forged error or summary. Control characters,
 * line and paragraph separators and the marks that reverse text direction are escaped.
 */
final class Printable {

    private Printable() {}

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || isFormatting(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Line and paragraph separators, and the direction marks that make a terminal show text reordered. */
    private static boolean isFormatting(char c) {
        return c == '\u2028' || c == '\u2029' || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }
}
