package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query that fails beside a write, on the store and text index the server serves. */
class ReadAbortEndsDatasetIT {

    @TempDir
    Path dir;

    @Test
    void aReadAbortedDuringAWriteLeavesTheWriteAndItsTextIndexWhole() throws Exception {
        DatasetGraph served = new ReadAbortEndsDataset(KgDatasets.open(dir.resolve("tdb2")));
        Node graph = NodeFactory.createURI("https://w3id.org/warkg/id/graph/a");
        Node place = NodeFactory.createURI("https://w3id.org/warkg/id/place/vovchansk");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch aborted = new CountDownLatch(1);
        ExecutorService writerThread = Executors.newSingleThreadExecutor();
        try {
            Future<?> writer = writerThread.submit(() -> {
                served.begin(TxnType.WRITE);
                served.add(graph, place, NodeFactory.createURI("https://schema.org/name"),
                    NodeFactory.createLiteralString("Vovchansk"));
                written.countDown();
                aborted.await();
                served.commit();
                served.end();
                return null;
            });
            written.await(10, TimeUnit.SECONDS);
            served.begin(TxnType.READ);
            served.abort();
            aborted.countDown();
            writer.get(10, TimeUnit.SECONDS);

            List<String> found = Txn.calculateRead(served, () -> QueryExec.dataset(served)
                    .query("PREFIX text: <http://jena.apache.org/text#> PREFIX schema: <https://schema.org/> "
                        + "SELECT ?s WHERE { ?s text:query (schema:name 'vovchansk') }")
                    .select().materialize().stream().map(b -> b.get("s").getURI()).toList());
            assertThat(found).containsExactly(place.getURI());
        } finally {
            writerThread.shutdownNow();
            served.close();
        }
    }
}
