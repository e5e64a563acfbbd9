package org.warkg.ingest;

import java.util.regex.Pattern;

import org.warkg.resources.ResourceLines;

/**
 * Recognises the heading of a list of links to other stories ("Most read", "Read also",
 * patterns in {@code link-lists.txt}). The headlines below such a heading name places and
 * people of other stories; read as text they would become this article's entities.
 */
final class LinkList {

    private static final String RESOURCE = "org/warkg/ingest/link-lists.txt";

    private final Pattern headings;

    private LinkList(Pattern headings) {
        this.headings = headings;
    }

    /** The headings shipped with the extractor. */
    static LinkList standard() {
        return new LinkList(Pattern.compile(String.join("|", ResourceLines.read(RESOURCE)),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Whether a line, trimmed, heads a list of links. */
    boolean opens(String line) {
        return headings.matcher(line.strip()).matches();
    }
}
