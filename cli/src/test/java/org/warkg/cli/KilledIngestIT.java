package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL mid-run, for real, in a child process: the store
 * opens and answers queries, every graph it holds is whole, and running the same
 * ingest again completes it with no duplicate.
 */
class KilledIngestIT {

    private static final int COPIES = 10;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesAWholeStoreThatTheNextRunCompletes() throws Exception {
        Path corpus = corpus();
        Path killed = dir.resolve("killed");
        Process child = ChildKg.start(dir.resolve("child.log"), "ingest", corpus.toString(),
            "--store", killed.toString(), "--batch", "2", "--threads", "2");
        waitForFirstCommit(killed, child);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Map<String, Long> afterKill = graphSizes(killed);
        Path fresh = dir.resolve("fresh");
        assertThat(Kg.run("ingest", corpus.toString(), "--store", fresh.toString())).isZero();
        Map<String, Long> complete = graphSizes(fresh);
        assertThat(afterKill).isNotEmpty();
        afterKill.forEach((graph, size) -> assertThat(size).as("graph %s is whole", graph)
            .isEqualTo(complete.get(graph)));

        assertThat(Kg.run("ingest", corpus.toString(), "--store", killed.toString())).isZero();
        assertThat(graphSizes(killed)).isEqualTo(complete);
    }

    /** The samples, copied under several names so that the ingest runs for a while. */
    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> samples = Files.list(Path.of("..", "samples"))) {
            List<Path> files = samples.sorted().toList();
            for (int i = 0; i < COPIES; i++) {
                for (Path file : files) {
                    Files.copy(file, corpus.resolve(i + "-" + file.getFileName()));
                }
            }
        }
        return corpus;
    }

    /** Waits until the child reports a third of the files done, so the kill lands mid-run after commits. */
    private static void waitForFirstCommit(Path store, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Path log = store.getParent().resolve("child.log");
        Pattern progress = Pattern.compile("(\\d+)/(\\d+) files");
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.exists(log)) {
                Matcher m = progress.matcher(Files.readString(log));
                int done = 0;
                int total = 1;
                while (m.find()) {
                    done = Integer.parseInt(m.group(1));
                    total = Integer.parseInt(m.group(2));
                }
                if (done * 3 >= total) {
                    break;
                }
            }
            Thread.sleep(100);
        }
        assertThat(child.isAlive()).as("the ingest was still running when killed").isTrue();
    }

    /** Quads per named graph, by a SPARQL query on the store. */
    private static Map<String, Long> graphSizes(Path store) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        Map<String, Long> sizes = new HashMap<>();
        Txn.executeRead(dsg, () -> {
            String query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
            try (QueryExecution qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg))) {
                ResultSet rows = qe.execSelect();
                rows.forEachRemaining(row -> sizes.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
            }
        });
        return sizes;
    }
}
