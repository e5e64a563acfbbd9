package org.warkg.ingest;

import java.time.LocalDate;

/**
 * What an HTML page says about itself in its markup.
 *
 * @param title     the headline, or null
 * @param published the publication date, or null
 * @param url       the page's address, a valid IRI where it states one (see {@link WebIri}), or null
 * @param outlet    the site name, or null
 */
record PageInfo(String title, LocalDate published, String url, String outlet) {

    static final PageInfo NONE = new PageInfo(null, null, null, null);
}
