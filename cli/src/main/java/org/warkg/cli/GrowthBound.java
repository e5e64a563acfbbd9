package org.warkg.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.warkg.store.GraphStore;
import org.warkg.store.StoreGrowth;
import org.warkg.store.Tdb2GraphStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The bound on a local store's growth that {@code kg ingest}, {@code kg follow} and {@code kg watch} keep
 * while they write batch after batch ({@link StoreGrowth}).
 */
final class GrowthBound {

    /** Growth below a gigabyte is not worth the pause of a compaction. */
    private static final long MIN_GROWTH = 1L << 30;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private double factor;

    @Option(names = "--max-growth", paramLabel = "FACTOR", defaultValue = "4",
        description = "Compact a local store between batches once its folder has grown to FACTOR times its size"
            + " after the last compaction, and by 1 GB or more (default: ${DEFAULT-VALUE}; 0: never).")
    void factor(double value) {
        if (value != 0 && !(value > 1)) {
            throw new ParameterException(command.commandLine(), "--max-growth must be above 1, or 0 to never"
                + " compact during the run, not " + value + ": a store always takes at least its own size.");
        }
        factor = value;
    }

    /**
     * What to run after each batch is stored: compacts the store when it has outgrown the bound. A store
     * written through a server is that server's to compact, so nothing is done for it.
     */
    Runnable keep(GraphStore graphs, Path folder) {
        if (factor == 0 || !(graphs instanceof Tdb2GraphStore local)) {
            return () -> { };
        }
        StoreGrowth growth = new StoreGrowth(local.dataset(), folder, factor, MIN_GROWTH);
        return () -> {
            if (growth.outgrown()) {
                System.err.printf(Locale.ROOT, "compacting %s: it has grown to %s times its compacted size ...%n",
                    folder, factor);
                long start = System.nanoTime();
                CompactCommand.report(folder, growth.compact(), start);
            }
        };
    }
}
