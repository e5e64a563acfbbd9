package org.warkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;

/**
 * Rewrites a TDB2 store without the space its earlier transactions left behind.
 * TDB2 never updates a B+tree block in place: every write transaction copies the
 * blocks it changes, so a store loaded batch by batch grows several times larger
 * than its data, and queries then read mostly dead blocks. Compaction copies the
 * live quads into a new generation folder and switches to it only when the copy is
 * complete, so a crash during compaction leaves the store as it was.
 */
public final class StoreCompaction {

    private StoreCompaction() {}

    /** Sizes of a store's folder before and after compaction, as {@link DiskUsage} measures them. */
    public record Result(DiskUsage.Size before, DiskUsage.Size after) {
    }

    /**
     * Compacts the TDB2 store in the folder and deletes the generation it replaces, keeping its
     * {@link OptimizerStatistics}.
     *
     * @throws StoreException when the folder holds no TDB2 store or another process has it open
     */
    public static Result compact(Path folder) {
        if (!isStore(folder)) {
            throw new StoreException("No TDB2 store in " + folder, null);
        }
        DatasetGraph dataset;
        try {
            dataset = DatabaseMgr.connectDatasetGraph(folder.toString());
        } catch (RuntimeException e) {
            throw new StoreException("Cannot compact TDB2 store " + folder + ": " + e.getMessage(), e);
        }
        return compact(dataset, folder);
    }

    /**
     * Compacts a TDB2 store this process has open, such as the text-indexed dataset an ingest writes
     * through, between its write transactions; the dataset goes on over the new generation.
     *
     * @param dataset the TDB2 database, or a dataset wrapping it
     * @param folder  the store's folder, whose size is measured
     */
    public static Result compact(DatasetGraph dataset, Path folder) {
        DiskUsage.Size before = DiskUsage.of(folder);
        try {
            DatasetGraph database = tdb2(dataset);
            byte[] statistics = OptimizerStatistics.read(database);
            DatabaseMgr.compact(database, true);
            if (statistics != null) {
                // The data is the same; its new folder needs the same statistics.
                OptimizerStatistics.restore(database, statistics);
            }
        } catch (RuntimeException e) {
            throw new StoreException("Cannot compact TDB2 store " + folder + ": " + e.getMessage(), e);
        }
        return new Result(before, DiskUsage.of(folder));
    }

    /** The TDB2 database under the wrappers (text index, monitors) that a configured dataset adds. */
    private static DatasetGraph tdb2(DatasetGraph dataset) {
        DatasetGraph inner = dataset;
        while (!(inner instanceof DatasetGraphSwitchable) && inner instanceof DatasetGraphWrapper wrapper) {
            inner = wrapper.getWrapped();
        }
        return inner;
    }

    private static boolean isStore(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
