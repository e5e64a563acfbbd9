package org.warkg.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One input document after ingest: its clean text, what the page says about itself,
 * and the stories it holds, as spans into {@link #text()}.
 *
 * @param id        the document id: the input file's name
 * @param source    where it was read from (a path)
 * @param url       the page's address, a valid IRI where it states one (see {@link WebIri}), or null
 * @param outlet    the publishing outlet, or null
 * @param title     the page title, or null
 * @param published the page's own date, or null
 * @param text      the text every offset refers to
 * @param stories   the stories, in page order; a plain article has one
 */
public record SourceDocument(String id, String source, String url, String outlet, String title,
                             LocalDate published, String text, List<Story> stories) {

    public SourceDocument {
        stories = List.copyOf(stories);
    }
}
