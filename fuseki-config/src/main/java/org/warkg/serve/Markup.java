package org.warkg.serve;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A fragment of HTML that is safe to insert in a page. The only ways to make one
 * escape all text they are given, so a page built from fragments cannot carry
 * markup from the data: names and sentences come from news articles.
 */
final class Markup {

    /** Nothing. */
    static final Markup EMPTY = new Markup("");

    private final String html;

    private Markup(String html) {
        this.html = html;
    }

    /** The fragment's HTML. */
    String html() {
        return html;
    }

    /** Plain text, escaped. */
    static Markup text(String text) {
        return new Markup(escape(text));
    }

    /** A link with an escaped target and text. */
    static Markup link(String href, String text) {
        return new Markup("<a href=\"" + escape(href) + "\">" + escape(text) + "</a>");
    }

    /** The fragment inside an element without attributes, such as {@code q} or {@code code}. */
    static Markup element(String tag, Markup content) {
        return new Markup("<" + tag + ">" + content.html() + "</" + tag + ">");
    }

    /** The fragments joined by an escaped separator. */
    static Markup join(String separator, List<Markup> parts) {
        return new Markup(parts.stream().map(Markup::html).collect(Collectors.joining(escape(separator))));
    }

    /** Whether the fragment shows nothing. */
    boolean isEmpty() {
        return html.isEmpty();
    }

    /** Escapes the five characters that are special in HTML text and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
