package org.warkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;

/**
 * The query endpoints' processor, for which a query that runs out of time is an
 * error (503), not a short answer. Fuseki starts sending a SELECT answer with 200
 * as soon as its first row is ready, so a timeout after that could only end the
 * body with a note that it is incomplete, which CSV and TSV readers take for data.
 * Here the rows are read before anything is sent, up to {@link #ROWS_HELD}; a
 * longer answer, such as a dump of the whole graph, is sent as it comes, as before.
 * A query that fails in any way once its time ran out (cancelling a hash join can
 * end in a NullPointerException in Jena 5.6) is reported as timed out, not as a
 * server error. And a timer of this class's own makes sure the time does run out:
 * see {@link #TIMER}. CONSTRUCT, DESCRIBE and ASK answers are whole before Fuseki
 * sends them.
 */
final class WholeAnswerQuery extends SPARQL_QueryDataset {

    /** Rows read before any is sent: more than any library query gives, few enough to keep in memory. */
    static final int ROWS_HELD = 100_000;

    /**
     * Ends queries at their overall limit on a timer of its own. Jena's timer cannot while a
     * query builds its plan: Jena 5.6 holds the lock the timer needs meanwhile, and a plan can
     * take long (a hash join reads its whole left side while it is built) and hold up the
     * timer for every other query too.
     */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "kg-query-timer");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        long limit = overallLimitMillis(action);
        AtomicBoolean signal = Context.getCancelSignal(exec.getContext());
        if (limit > 0 && signal != null) {
            // Setting the signal after the query has ended does nothing, so the task is never withdrawn.
            TIMER.schedule(() -> signal.set(true), limit, TimeUnit.MILLISECONDS);
        }
        return exec;
    }

    /** The configured overall limit, or the request's {@code timeout} parameter (seconds) when shorter. */
    private static long overallLimitMillis(HttpAction action) {
        long configured = overall(action.getContext().getAsString(ARQ.queryTimeout), TimeUnit.MILLISECONDS);
        long requested = overall(action.getRequestParameter("timeout"), TimeUnit.SECONDS);
        if (configured <= 0 || requested <= 0) {
            return Math.max(configured, requested);
        }
        return Math.min(configured, requested);
    }

    private static long overall(String setting, TimeUnit unit) {
        Pair<Long, Long> limits = setting == null ? null : Timeouts.parseTimeoutStr(setting, unit);
        return limits == null ? -1 : limits.getRight();
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            QueryExecResult result = super.executeQuery(action, exec, query, queryStringLog);
            return result.isRowSet() ? new QueryExecResult(held(result.rowSet())) : result;
        } catch (QueryCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            if (!cancelled(exec)) {
                throw e;
            }
            QueryCancelledException timedOut = new QueryCancelledException();
            timedOut.addSuppressed(e);
            throw timedOut;
        }
    }

    /** The rows, of which the first {@link #ROWS_HELD} (all, usually) are read now. */
    private static RowSet held(RowSet rows) {
        List<Binding> first = new ArrayList<>();
        while (first.size() < ROWS_HELD && rows.hasNext()) {
            first.add(rows.next());
        }
        return RowSetStream.create(rows.getResultVars(), Iter.concat(first.iterator(), rows));
    }

    /** Whether the query's time ran out (or it was cancelled otherwise). */
    private static boolean cancelled(QueryExec exec) {
        AtomicBoolean signal = Context.getCancelSignal(exec.getContext());
        return signal != null && signal.get();
    }
}
