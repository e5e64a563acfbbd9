package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warkg.cli.IngestFixtures.SAMPLES;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.queries.Summaries;
import org.warkg.serve.KgDatasets;

/**
 * An ingest leaves the store's tallies in step with its articles; kg summarize rebuilds lost ones, and writes the
 * optimiser's statistics.
 */
class SummarizeIT {

    @TempDir
    Path dir;

    @Test
    void anIngestTalliesAndSummarizeRebuildsTheSameTallies() {
        Path store = dir.resolve("tdb2");
        CommandRun ingest = CommandRun.of("ingest", SAMPLES.toString(), "--store", store.toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        assertThat(ingest.err()).contains("tallies rebuilt in");
        List<String> tallied = IngestFixtures.dashboards(store);
        assertThat(tallied).anyMatch(line -> line.startsWith("events-per-month"))
            .anyMatch(line -> line.startsWith("places-by-events"))
            .anyMatch(line -> line.startsWith("claimant-summary"));

        DatasetGraph dataset = KgDatasets.open(store);
        Txn.executeWrite(dataset, () -> dataset.getGraph(NodeFactory.createURI(Summaries.GRAPH)).clear());
        dataset.close();
        assertThat(IngestFixtures.dashboards(store)).isEmpty();

        CommandRun summarize = CommandRun.of("summarize", "--store", store.toString());
        assertThat(summarize.code()).as(summarize.err()).isZero();
        assertThat(summarize.err()).contains("tallies rebuilt in", "optimiser statistics written to");
        assertThat(IngestFixtures.dashboards(store)).isEqualTo(tallied);
    }

    @Test
    void summarizeRebuildsTheTalliesOfAStockFuseki() {
        Path store = dir.resolve("tdb2");
        assertThat(CommandRun.of("ingest", SAMPLES.toString(), "--store", store.toString()).code()).isZero();
        List<String> tallied = IngestFixtures.dashboards(store);
        assertThat(tallied).anyMatch(line -> line.startsWith("acled-events"));

        DatasetGraph dataset = KgDatasets.open(store);
        Txn.executeWrite(dataset, () -> dataset.getGraph(NodeFactory.createURI(Summaries.GRAPH)).clear());
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/kg", dataset).build().start();
        try {
            CommandRun summarize = CommandRun.of("summarize", "--endpoint",
                "http://127.0.0.1:" + fuseki.getHttpPort() + "/kg");
            assertThat(summarize.code()).as(summarize.err()).isZero();
            assertThat(summarize.err()).contains("tallies rebuilt in").doesNotContain("optimiser statistics");
        } finally {
            fuseki.stop();
            dataset.close();
        }
        assertThat(IngestFixtures.dashboards(store)).isEqualTo(tallied);
    }
}
