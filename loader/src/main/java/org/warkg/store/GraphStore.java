package org.warkg.store;

import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.update.UpdateRequest;

/**
 * Where article graphs are kept. Replacing a graph drops what it held before, so
 * loading the same article twice leaves one copy: ingestion is idempotent.
 */
public interface GraphStore extends AutoCloseable {

    /**
     * Replaces each named graph with the given content. Either all of them are
     * stored or, on failure, none of them is.
     */
    void replaceAll(Map<Node, Graph> graphs);

    /** Runs a SPARQL update as one transaction, such as the one that rebuilds the store's tallies. */
    void update(UpdateRequest update);

    /**
     * Runs a SELECT on the store, whose default graph for queries is the union of the named graphs, and gives
     * the reader its answer.
     */
    <T> T select(Query query, Function<ResultSet, T> reader);

    /** Whether the store holds a graph of that name. */
    boolean contains(Node graph);

    /** Number of quads in all named graphs. */
    long quadCount();

    /** Articles, events, entities and quads as the store holds them now. */
    StoreCounts counts();

    @Override
    void close();
}
