package org.warkg.load;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.warkg.record.DocumentRecord;

/**
 * One record's article graph as a store would hold it, with what the shapes say of it.
 *
 * @param record     the record
 * @param name       the graph's name
 * @param graph      its triples
 * @param violations the shapes' violations; empty when the graph may be stored
 */
public record ArticleGraph(DocumentRecord record, Node name, Graph graph, List<String> violations) {

    /** True when the shapes accept the graph. */
    public boolean valid() {
        return violations.isEmpty();
    }

    /** Why the graph is not stored, in one line. */
    public String rejection() {
        return "does not fit the shapes: " + ShapeValidator.summary(violations);
    }
}
