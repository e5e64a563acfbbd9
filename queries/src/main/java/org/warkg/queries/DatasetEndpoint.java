package org.warkg.queries;

import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Runs queries on a dataset in this JVM, each in a read transaction when the
 * dataset has transactions. The caller makes the default graph the union of the
 * named graphs: for TDB2, {@code TDB2.symUnionDefaultGraph} in the dataset's
 * context, which is what Fuseki's {@code tdb2:unionDefaultGraph} sets.
 */
public final class DatasetEndpoint implements QueryEndpoint {

    private final DatasetGraph dataset;

    /** An endpoint over the dataset; the caller keeps ownership (and closes it). */
    public DatasetEndpoint(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    public <T> T select(Query query, Map<Var, Node> substitutions, Function<RowSet, T> reader) {
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
        substitutions.forEach(builder::substitution);
        if (!dataset.supportsTransactions()) {
            return run(builder, reader);
        }
        return Txn.calculateRead(dataset, () -> run(builder, reader));
    }

    private static <T> T run(QueryExecBuilder builder, Function<RowSet, T> reader) {
        try (QueryExec exec = builder.build()) {
            return reader.apply(exec.select());
        }
    }
}
