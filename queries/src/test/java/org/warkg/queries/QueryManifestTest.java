package org.warkg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every entry of {@code manifest.ttl}: the library query over its data, on a
 * dataset whose default graph is the union of the article graphs, compared row by
 * row with the expected rows. Numbers compare by value, everything else by term.
 */
class QueryManifestTest {

    private static final QueryManifest MANIFEST = QueryManifest.read("manifest.ttl");
    private static final QueryLibrary LIBRARY = QueryLibrary.standard();
    private static final Map<String, DatasetGraph> DATA = new HashMap<>();

    @Test
    void everyLibraryQueryHasAManifestEntry() {
        Set<String> tested = MANIFEST.cases().stream().map(QueryCase::query).collect(Collectors.toSet());
        Set<String> untested = new TreeSet<>();
        LIBRARY.all().forEach(q -> untested.add(q.name()));
        untested.removeAll(tested);
        assertThat(untested).as("library queries without a manifest entry").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyManifestEntryReturnsItsRows() {
        return MANIFEST.cases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)));
    }

    private static void check(QueryCase test) {
        DatasetGraph data = DATA.computeIfAbsent(test.data(), TestStore::load);
        BoundQuery bound = LIBRARY.bind(test.query(), test.values());
        List<List<Node>> actual = new DatasetEndpoint(data).select(bound, rows -> project(test, rows));
        String report = "\nexpected:\n" + format(test.rows()) + "actual:\n" + format(actual);
        assertThat(actual).as(test.id() + report).hasSameSizeAs(test.rows());
        if (test.ordered()) {
            for (int i = 0; i < actual.size(); i++) {
                assertThat(sameRow(test.rows().get(i), actual.get(i))).as(test.id() + " row " + i + report).isTrue();
            }
        } else {
            List<List<Node>> unmatched = new ArrayList<>(actual);
            for (List<Node> expected : test.rows()) {
                int index = indexOf(unmatched, expected);
                assertThat(index).as(test.id() + ": no row" + format(List.of(expected)) + report).isNotNegative();
                unmatched.remove(index);
            }
        }
    }

    private static int indexOf(List<List<Node>> rows, List<Node> expected) {
        for (int i = 0; i < rows.size(); i++) {
            if (sameRow(expected, rows.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<List<Node>> project(QueryCase test, RowSet rows) {
        List<String> vars = rows.getResultVars().stream().map(Var::getVarName).toList();
        assertThat(vars).as(test.id() + ": result columns").containsAll(test.columns());
        List<List<Node>> result = new ArrayList<>();
        while (rows.hasNext()) {
            Binding row = rows.next();
            List<Node> cells = new ArrayList<>();
            for (String column : test.columns()) {
                Node value = row.get(Var.alloc(column));
                cells.add(value == null ? QueryManifest.UNBOUND : value);
            }
            result.add(cells);
        }
        return result;
    }

    private static boolean sameRow(List<Node> expected, List<Node> actual) {
        for (int i = 0; i < expected.size(); i++) {
            if (!sameTerm(expected.get(i), actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameTerm(Node expected, Node actual) {
        if (expected.equals(actual)) {
            return true;
        }
        if (expected.isLiteral() && actual.isLiteral()) {
            NodeValue a = NodeValue.makeNode(expected);
            NodeValue b = NodeValue.makeNode(actual);
            return a.isNumber() && b.isNumber() && NodeValue.sameValueAs(a, b);
        }
        return false;
    }

    private static String format(List<List<Node>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<Node> row : rows) {
            text.append("    ( ").append(row.stream().map(n -> FmtUtils.stringForNode(n, MANIFEST.prefixes()))
                .collect(Collectors.joining(" "))).append(" )\n");
        }
        return text.toString();
    }
}
