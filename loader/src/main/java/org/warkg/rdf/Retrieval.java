package org.warkg.rdf;

import java.time.Instant;

/**
 * How the copy of a page that an article graph was extracted from was obtained, for pages
 * that are followed rather than ingested once: when it was fetched, the SHA-256 of its body,
 * the feed that listed it and the copy it replaced.
 *
 * @param fetchedAt when the body was read
 * @param sha256    the body's SHA-256 in hex, which names the copy
 * @param feed      the URL of the feed whose item led to the page, or null
 * @param previous  the SHA-256 of the copy this one replaced, or null for a first copy
 */
public record Retrieval(Instant fetchedAt, String sha256, String feed, String previous) {
}
