package org.warkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.warkg.queries.DatasetEndpoint;
import org.warkg.queries.QueryLibrary;
import org.warkg.serve.KgDatasets;
import org.warkg.store.Tdb2GraphStore;

/** What the ingest tests start from and measure: the bundled samples, a store's size and its tallies. */
final class IngestFixtures {

    /** The sample articles bundled with the project. */
    static final Path SAMPLES = Path.of("..", "samples");

    /** The library queries that read the store's tallies. */
    private static final List<String> DASHBOARDS = List.of("events-per-month", "casualties-by-region-month",
        "places-by-events", "claimant-summary", "acled-events");

    private IngestFixtures() {}

    /** Quads in the TDB2 store in the folder. */
    static long quads(Path store) {
        try (Tdb2GraphStore tdb = Tdb2GraphStore.open(store)) {
            return tdb.quadCount();
        }
    }

    /** The rows the dashboard queries give on the store in the folder, a line each, prefixed by the query. */
    static List<String> dashboards(Path store) {
        DatasetGraph dataset = KgDatasets.open(store);
        try {
            List<String> lines = new ArrayList<>();
            for (String name : DASHBOARDS) {
                new DatasetEndpoint(dataset).select(QueryLibrary.standard().bind(name, Map.of()), rows -> {
                    rows.forEachRemaining(row -> lines.add(name + " " + row));
                    return lines;
                });
            }
            return lines;
        } finally {
            dataset.close();
        }
    }
}
