package org.warkg.cli;

import java.util.Locale;

import org.warkg.load.LoadResult;
import org.warkg.store.StoreCounts;

/**
 * The closing line of an ingest: how many documents this run stored, and what the store
 * holds afterwards as read back from it, so that the figures match any query of the store
 * (an event two articles report is one event; an article the shapes refused adds nothing).
 */
final class IngestTally {

    private int documents;

    /** Counts the documents of a batch the loader stored. */
    void add(LoadResult result) {
        documents += result.loaded();
    }

    /** Whether this run stored any document. */
    boolean stored() {
        return documents > 0;
    }

    /** The closing line of an ingest. */
    String summary(double seconds, StoreCounts store, int skipped, int failed) {
        return String.format(Locale.ROOT, "ingested %d documents in %.1f s (%d skipped, %d failed); the store"
            + " holds %s", documents, seconds, skipped, failed, store);
    }
}
