package org.warkg.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.warkg.serve.RunningServer;
import org.warkg.store.StoreCompaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kg compact [--store DIR]}: give back the space earlier ingests left in a TDB2 store. */
@Command(name = "compact", mixinStandardHelpOptions = true,
    description = "Compact a TDB2 store: rewrite its live quads without the blocks earlier transactions left "
        + "behind. Stop 'kg serve' on the store first.")
final class CompactCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: store/tdb2).")
    Path store;

    @Override
    public Integer call() {
        Path folder = store != null ? store : ProjectPaths.store();
        refuseWhileServed(folder);
        compactAndReport(folder);
        return 0;
    }

    /** Compaction swaps the store's files, which a running server must not have open. */
    static void refuseWhileServed(Path folder) {
        RunningServer.find(folder).ifPresent(server -> {
            throw new CommandException("kg serve at " + server.datasetUrl() + " holds "
                + StoreFolder.shown(folder) + ", and compaction needs the store to itself.",
                "Stop the server (Ctrl-C in its terminal) first.", 2);
        });
    }

    static void compactAndReport(Path folder) {
        System.err.println("compacting " + folder + " ...");
        long start = System.nanoTime();
        report(folder, StoreCompaction.compact(folder), start);
    }

    /** Says how much a compaction begun at {@code start} (nanoTime) gave back, and how long it took. */
    static void report(Path folder, StoreCompaction.Result result, long start) {
        // Without du the sizes are file lengths, which TDB2's sparse files inflate: say so.
        String measure = result.after().allocated() ? "on disk" : "in file lengths";
        System.err.printf(Locale.ROOT, "compacted %s from %.1f MB to %.1f MB %s in %.1f s%n", folder,
            result.before().bytes() / 1e6, result.after().bytes() / 1e6, measure, (System.nanoTime() - start) / 1e9);
    }
}
