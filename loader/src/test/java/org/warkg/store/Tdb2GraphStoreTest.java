package org.warkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2GraphStoreTest {

    @TempDir
    Path dir;

    private static Graph graphOf(int triples) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < triples; i++) {
            g.add(NodeFactory.createURI("http://x/s" + i), NodeFactory.createURI("http://x/p"),
                NodeFactory.createLiteralString("o" + i));
        }
        return g;
    }

    @Test
    void replacingAGraphLeavesTheOthersAlone() {
        Node a = NodeFactory.createURI("http://x/a");
        Node b = NodeFactory.createURI("http://x/b");
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir)) {
            store.replaceAll(Map.of(a, graphOf(3), b, graphOf(2)));
            store.replaceAll(Map.of(a, graphOf(1)));
            assertThat(store.quadCount()).isEqualTo(3);
        }
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir)) {
            assertThat(store.quadCount()).isEqualTo(3);
        }
    }
}
