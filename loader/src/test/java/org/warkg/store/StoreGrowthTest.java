package org.warkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreGrowthTest {

    @TempDir
    Path dir;

    /** A graph of a few triples whose objects change with each round, so every write touches the indexes. */
    private static Graph article(int round) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 20; i++) {
            g.add(NodeFactory.createURI("http://x/s" + i), NodeFactory.createURI("http://x/p"),
                NodeFactory.createLiteralString("value " + i + " in round " + round));
        }
        return g;
    }

    private static void writeRound(Tdb2GraphStore store, int round) {
        for (int g = 0; g < 5; g++) {
            store.replaceAll(Map.of(NodeFactory.createURI("http://x/g" + g), article(round)));
        }
    }

    private long generations() throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> p.getFileName().toString().startsWith("Data-")).count();
        }
    }

    @Test
    void compactsAStoreWrittenThroughAWrapperOnceItHasDoubledAndGoesOnWritingThroughIt() throws IOException {
        // The wrapper stands for the text index a configured dataset puts around the database.
        DatasetGraphWrapper wrapped = new DatasetGraphWrapper(DatabaseMgr.connectDatasetGraph(dir.toString()));
        try (Tdb2GraphStore store = Tdb2GraphStore.wrap(wrapped)) {
            writeRound(store, 0);
            StoreGrowth growth = new StoreGrowth(wrapped, dir, 2, 0);
            assertThat(growth.outgrown()).isFalse();

            int round = 1;
            while (!growth.outgrown() && round < 500) {
                writeRound(store, round++);
            }
            assertThat(growth.outgrown()).as("outgrown after %d rounds", round).isTrue();

            StoreCompaction.Result result = growth.compact();

            assertThat(result.after().bytes()).isLessThan(result.before().bytes());
            assertThat(generations()).isEqualTo(1);
            assertThat(growth.outgrown()).isFalse();
            writeRound(store, round);
            assertThat(store.quadCount()).isEqualTo(100);
            assertThat(store.contains(NodeFactory.createURI("http://x/g4"))).isTrue();
        }
    }

    @Test
    void leavesAStoreAloneUntilItHasGrownByTheLeastWorthCompacting() {
        DatasetGraphWrapper wrapped = new DatasetGraphWrapper(DatabaseMgr.connectDatasetGraph(dir.toString()));
        try (Tdb2GraphStore store = Tdb2GraphStore.wrap(wrapped)) {
            writeRound(store, 0);
            long start = DiskUsage.of(dir).bytes();
            StoreGrowth growth = new StoreGrowth(wrapped, dir, 2, 1L << 30);
            for (int round = 1; round < 100; round++) {
                writeRound(store, round);
            }
            assertThat(DiskUsage.of(dir).bytes()).isGreaterThan(2 * start);
            assertThat(growth.outgrown()).isFalse();
        }
    }
}
