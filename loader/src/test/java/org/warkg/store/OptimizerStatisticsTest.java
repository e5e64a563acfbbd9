package org.warkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statistics of the union of the article graphs, in the data folder TDB2 reads them from, kept by compaction. */
class OptimizerStatisticsTest {

    @TempDir
    Path dir;

    @Test
    void countsEachPredicateOfTheNamedGraphsAndSurviveCompaction() throws IOException {
        Path written;
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir)) {
            store.replaceAll(Map.of(NodeFactory.createURI("http://x/g1"), graph(3, "http://x/name"),
                NodeFactory.createURI("http://x/g2"), graph(5, "http://x/place")));
            written = OptimizerStatistics.write(store.dataset());
        }

        assertThat(written).isEqualTo(dir.resolve("Data-0001").resolve(OptimizerStatistics.FILE));
        String statistics = Files.readString(written);
        assertThat(statistics).contains("(count 8)", "(<http://x/name> 3)", "(<http://x/place> 5)");
        assertThat(dir.resolve("Data-0001").resolve(OptimizerStatistics.FILE + ".partial")).doesNotExist();

        StoreCompaction.compact(dir);

        assertThat(dir.resolve("Data-0002").resolve(OptimizerStatistics.FILE)).hasContent(statistics);
    }

    private static Graph graph(int triples, String predicate) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i = 0; i < triples; i++) {
            graph.add(NodeFactory.createURI("http://x/s" + i), NodeFactory.createURI(predicate),
                NodeFactory.createLiteralString("v" + i));
        }
        return graph;
    }
}
