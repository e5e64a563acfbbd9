package org.warkg.serve;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warkg.queries.Summaries;

/**
 * The served dataset, which rebuilds its tallies ({@link Summaries}) once writes pause:
 * every committed write transaction (a graph stored by {@code kg ingest}, an update from
 * the UI) moves the rebuild to a quiet period after it, so a long ingest through the
 * server is not held up by a rebuild after each batch. The period is at least as long
 * as the last rebuild took, as the tallies record it (also one made before this server
 * started): on a large store, where a rebuild holds writes for minutes, only a pause
 * that long starts one. The rebuild is a write transaction of its own on the dataset
 * underneath; queries meanwhile read the former tallies.
 */
final class TallyUpkeep extends DatasetGraphWrapper {

    private static final Logger LOG = LoggerFactory.getLogger(TallyUpkeep.class);

    private final DatasetGraph dataset;
    private final Duration quiet;
    private final Runnable written;
    private final Runnable rebuilt;
    private volatile Duration lastRebuild;
    private final ScheduledThreadPoolExecutor rebuilder = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "kg-tallies");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;

    /**
     * @param dataset the dataset as served, with the default graph of queries the union of the named graphs
     * @param quiet   how long writes must pause before the tallies are rebuilt
     * @param written what to tell after each committed write, such as the answer cache
     * @param rebuilt what to tell after each rebuild
     */
    TallyUpkeep(DatasetGraph dataset, Duration quiet, Runnable written, Runnable rebuilt) {
        super(dataset);
        this.dataset = dataset;
        this.quiet = quiet;
        this.written = written;
        this.rebuilt = rebuilt;
        // Known from the start, so that the first writes to a large store do not start a rebuild after 5 s.
        this.lastRebuild = Summaries.lastRebuild(dataset);
        // The thread ends when idle, so that a stopped server leaves none behind.
        rebuilder.setKeepAliveTime(1, TimeUnit.MINUTES);
        rebuilder.allowCoreThreadTimeOut(true);
    }

    /** Rebuilds the tallies of a store that has articles but none, such as one written by an earlier version. */
    void rebuildIfMissing() {
        boolean missing = Txn.calculateRead(dataset, () -> dataset.listGraphNodes().hasNext()
            && dataset.getGraph(NodeFactory.createURI(Summaries.GRAPH)).isEmpty());
        if (missing) {
            scheduleRebuild(Duration.ZERO);
        }
    }

    @Override
    public void commit() {
        boolean wrote = isInTransaction() && transactionMode() == ReadWrite.WRITE;
        super.commit();
        if (wrote) {
            written.run();
            scheduleRebuild(quiet.compareTo(lastRebuild) >= 0 ? quiet : lastRebuild);
        }
    }

    private synchronized void scheduleRebuild(Duration delay) {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = rebuilder.schedule(this::rebuild, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void rebuild() {
        try {
            Summaries.refresh(dataset);
            rebuilt.run();
            lastRebuild = Summaries.lastRebuild(dataset);
            LOG.info("Tallies rebuilt in {} ms", lastRebuild.toMillis());
        } catch (RuntimeException e) {
            LOG.warn("Tallies not rebuilt: {}", e.toString());
        }
    }
}
