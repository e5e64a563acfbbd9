package org.warkg.cli;

import java.nio.file.Path;

import org.warkg.store.Tdb2GraphStore;

/** What the ingest tests start from and measure: the bundled samples, and a store's size. */
final class IngestFixtures {

    /** The sample articles bundled with the project. */
    static final Path SAMPLES = Path.of("..", "samples");

    private IngestFixtures() {}

    /** Quads in the TDB2 store in the folder. */
    static long quads(Path store) {
        try (Tdb2GraphStore tdb = Tdb2GraphStore.open(store)) {
            return tdb.quadCount();
        }
    }
}
