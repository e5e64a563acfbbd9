package org.warkg.load;

import java.util.List;

/**
 * What one batch load did.
 *
 * @param loaded   documents whose graphs were stored
 * @param triples  triples in the stored graphs
 * @param rejected documents refused, each with the reason
 */
public record LoadResult(int loaded, long triples, List<Rejection> rejected) {

    public LoadResult {
        rejected = List.copyOf(rejected);
    }

    /**
     * A document that was not stored.
     *
     * @param doc    the document id
     * @param reason why
     */
    public record Rejection(String doc, String reason) {
    }
}
