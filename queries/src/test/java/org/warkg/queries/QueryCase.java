package org.warkg.queries;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * One entry of the test manifest: a library query, the data it runs on, the
 * parameter values and the rows it must return.
 *
 * @param id       the entry's name in the manifest
 * @param query    the library query's name
 * @param data     the TriG file, beside the manifest
 * @param values   parameter values as typed on the command line
 * @param columns  the result columns compared (a subset of the query's)
 * @param rows     the expected rows, one term per column; {@link QueryManifest#UNBOUND} for no value
 * @param ordered  whether the order of the rows is part of the expectation
 */
record QueryCase(String id, String query, String data, Map<String, String> values, List<String> columns,
                 List<List<Node>> rows, boolean ordered) {

    @Override
    public String toString() {
        return id;
    }
}
