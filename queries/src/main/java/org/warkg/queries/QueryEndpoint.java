package org.warkg.queries;

import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Where queries run: a local dataset or a remote SPARQL endpoint. Either way the
 * default graph must be the union of the article graphs, as Fuseki serves it.
 */
public interface QueryEndpoint {

    /**
     * Runs a SELECT query with the values substituted for their variables and hands
     * the rows to the reader while they can still be read (inside the read
     * transaction, or while the HTTP response is open).
     */
    <T> T select(Query query, Map<Var, Node> substitutions, Function<RowSet, T> reader);

    /** Runs a bound library query. */
    default <T> T select(BoundQuery bound, Function<RowSet, T> reader) {
        return select(bound.query().parse(), bound.substitutions(), reader);
    }
}
