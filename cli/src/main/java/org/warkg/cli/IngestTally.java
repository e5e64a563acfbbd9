package org.warkg.cli;

import static java.util.stream.Collectors.toSet;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.warkg.load.LoadResult;
import org.warkg.record.DocumentRecord;

/**
 * What an ingest stored, counted from the batches the loader accepted, so the
 * summary line matches the store: an article the shapes refused adds nothing,
 * and events two articles report, one event in the graph, count as their reports.
 */
final class IngestTally {

    private int documents;
    private long reports;
    private long entities;
    private long triples;

    /** Counts the stored records of a batch the loader has handled. */
    void add(List<DocumentRecord> batch, LoadResult result) {
        Set<String> rejected = result.rejected().stream().map(LoadResult.Rejection::doc).collect(toSet());
        documents += result.loaded();
        triples += result.triples();
        for (DocumentRecord stored : batch) {
            if (!rejected.contains(stored.doc())) {
                reports += stored.events().size();
                entities += stored.entities().size();
            }
        }
    }

    /** The closing line of an ingest. */
    String summary(double seconds, long storeQuads, int skipped, int failed) {
        return String.format(Locale.ROOT, "ingested %d documents (%d event reports, %d entities counted per"
                + " document, %d triples) in %.1f s; store holds %d quads; %d skipped, %d failed",
            documents, reports, entities, triples, seconds, storeQuads, skipped, failed);
    }
}
