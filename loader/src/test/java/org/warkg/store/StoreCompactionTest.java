package org.warkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCompactionTest {

    @TempDir
    Path dir;

    private static Graph graphOf(int triples, int version) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < triples; i++) {
            g.add(NodeFactory.createURI("http://x/s" + i), NodeFactory.createURI("http://x/p"),
                NodeFactory.createLiteralString("o" + i + "v" + version));
        }
        return g;
    }

    private List<String> generations() throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted()
                .toList();
        }
    }

    @Test
    void keepsEveryQuadInANewGenerationAndDropsTheOldOne() throws IOException {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir)) {
            for (int version = 0; version < 20; version++) {
                for (int g = 0; g < 5; g++) {
                    store.replaceAll(Map.of(NodeFactory.createURI("http://x/g" + g), graphOf(50, version)));
                }
            }
            assertThat(store.quadCount()).isEqualTo(250);
        }

        StoreCompaction.Result result = StoreCompaction.compact(dir);

        assertThat(generations()).containsExactly("Data-0002");
        assertThat(result.after().bytes()).isPositive();
        // TDB2's index files are 8 MB each but sparse: a store of 250 quads takes far less on disk.
        assertThat(result.after().allocated()).isTrue();
        assertThat(result.after().bytes()).isLessThan(20_000_000L);
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dir)) {
            assertThat(store.quadCount()).isEqualTo(250);
            Node last = NodeFactory.createURI("http://x/g4");
            assertThat(store.contains(last)).isTrue();
        }
    }

    @Test
    void refusesAFolderWithoutAStore() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));

        assertThatThrownBy(() -> StoreCompaction.compact(empty)).isInstanceOf(StoreException.class)
            .hasMessageContaining("No TDB2 store in " + empty);
        assertThat(empty).isEmptyDirectory();
    }
}
