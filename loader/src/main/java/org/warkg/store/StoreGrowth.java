package org.warkg.store;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Keeps a TDB2 store that is written batch by batch within a bound on its growth. Each
 * write transaction copies every index block it changes ({@link StoreCompaction}), and
 * a batch of articles changes blocks all over the indexes, so the folder grows several
 * times faster than the data: a long ingest would fill the disk. The store is compacted
 * between transactions once its folder has grown to a given multiple of its size after
 * the last compaction (or when watching began), and by at least a given number of bytes,
 * so that small stores are left alone.
 */
public final class StoreGrowth {

    private final DatasetGraph dataset;
    private final Path folder;
    private final double factor;
    private final long minGrowth;
    private long baseline;

    /**
     * Starts watching a store this process has open.
     *
     * @param dataset   the open store, as it is written through
     * @param folder    its folder
     * @param factor    how many times its compacted size the folder may grow to, above 1
     * @param minGrowth the bytes it may grow by in any case
     */
    public StoreGrowth(DatasetGraph dataset, Path folder, double factor, long minGrowth) {
        if (!(factor > 1)) {
            throw new IllegalArgumentException("A growth factor must be above 1, not " + factor);
        }
        this.dataset = dataset;
        this.folder = folder;
        this.factor = factor;
        this.minGrowth = minGrowth;
        this.baseline = DiskUsage.of(folder).bytes();
    }

    /** Whether the folder has grown past the bound since the last compaction. */
    public boolean outgrown() {
        long size = DiskUsage.of(folder).bytes();
        return size >= factor * baseline && size - baseline >= minGrowth;
    }

    /** Compacts the store, which becomes the new baseline; call it with no transaction open. */
    public StoreCompaction.Result compact() {
        StoreCompaction.Result result = StoreCompaction.compact(dataset, folder);
        baseline = result.after().bytes();
        return result;
    }
}
