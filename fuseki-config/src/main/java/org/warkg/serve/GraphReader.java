package org.warkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * What the linked-data pages read, inside the caller's read transaction: the union
 * of all article graphs (as the served default graph), and the named SELECT queries
 * under {@code org/warkg/serve/pages/} run with {@code ?this} set to the resource
 * (or, for the index, with the variables each query names).
 */
final class GraphReader {

    private static final String QUERIES = "org/warkg/serve/pages/";
    /** Page queries touch one resource's neighbourhood; anything slower is a fault. */
    private static final long TIMEOUT_SECONDS = 10;
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private final DatasetGraph dataset;
    private final Graph union;

    GraphReader(DatasetGraph dataset) {
        this.dataset = dataset;
        this.union = dataset.getUnionGraph();
    }

    /** The statements of all article graphs, each once. */
    Graph union() {
        return union;
    }

    /** Whether any article graph says anything about the node or refers to it. */
    boolean describes(Node node) {
        return union.contains(node, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, node);
    }

    /** The objects of the node's property, each once, in store order. */
    List<Node> objects(Node subject, Node property) {
        return union.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** One object of the node's property, or null. */
    Node object(Node subject, Node property) {
        ExtendedIterator<Triple> it = union.find(subject, property, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    /** The rows of the named query ({@code pages/NAME.rq}) about the node, as variable name to value. */
    List<Map<String, Node>> select(String name, Node node) {
        return select(name, Map.of("this", node));
    }

    /** The rows of the named query with its variables set to the values, as variable name to value. */
    List<Map<String, Node>> select(String name, Map<String, Node> values) {
        // Parsed per call: a Query object is not meant to be shared between threads.
        Query query = QueryFactory.create(TEXTS.computeIfAbsent(name, GraphReader::read));
        List<Map<String, Node>> rows = new ArrayList<>();
        QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
        values.forEach(builder::substitution);
        try (QueryExec exec = builder.timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
            RowSet rowSet = exec.select();
            rowSet.forEachRemaining(binding -> rows.add(row(binding)));
        }
        return rows;
    }

    private static Map<String, Node> row(Binding binding) {
        Map<String, Node> row = new HashMap<>();
        binding.forEach((var, value) -> row.put(var.getVarName(), value));
        return row;
    }

    private static String read(String name) {
        String resource = QUERIES + name + ".rq";
        try (InputStream in = GraphReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
