package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warkg.cli.IngestFixtures.SAMPLES;
import static org.warkg.cli.IngestFixtures.quads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.serve.KgServer;
import org.warkg.serve.ServerSettings;

/** {@code kg ingest --endpoint}: the same graph over HTTP as into a local store, through a busy server too. */
class RemoteIngestIT {

    /** Spaces at the ends, a comma and letters beyond Latin-1: the server and the client keep them all. */
    private static final String PASSWORD = " remote, ingest: пароль€ ";

    @TempDir
    Path dir;

    @Test
    void theAdminIngestsIntoTheServerWhatALocalIngestStores() throws IOException {
        Path local = dir.resolve("local");
        assertThat(Kg.run("ingest", SAMPLES.toString(), "--store", local.toString())).isZero();
        Path served = dir.resolve("served");
        // As an editor saves it: the final newline is not part of the password.
        Path passwordFile = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
        FusekiServer server = KgServer.start(new ServerSettings(served, dir.resolve("run"), 0, PASSWORD));
        try {
            String url = KgServer.datasetUrl(server);
            assertThat(Kg.run("ingest", SAMPLES.toString(), "--endpoint", url)).as("without the password")
                .isEqualTo(2);
            CommandRun ingest = CommandRun.of("ingest", SAMPLES.toString(), "--endpoint", url, "--password-file",
                passwordFile.toString());
            assertThat(ingest.code()).as(ingest.err()).isZero();
            assertThat(ingest.err()).as("the server rebuilds its own tallies").doesNotContain("tallies rebuilt");
        } finally {
            server.stop();
        }
        assertThat(quads(served)).isEqualTo(quads(local)).isPositive();
    }

    @Test
    void aWriteTheServerFailsIsSentAgain() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        AtomicInteger refused = new AtomicInteger();
        Filter failFirstPut = (request, response, chain) -> {
            if ("PUT".equals(((HttpServletRequest) request).getMethod()) && refused.getAndIncrement() == 0) {
                ((HttpServletResponse) response).sendError(503, "busy");
                return;
            }
            chain.doFilter(request, response);
        };
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/kg", dataset)
            .addFilter("/*", failFirstPut).build().start();
        try {
            String url = "http://localhost:" + server.getHttpPort() + "/kg";
            CommandRun ingest = CommandRun.of("ingest", SAMPLES.toString(), "--endpoint", url);
            assertThat(ingest.code()).as(ingest.err()).isZero();
            assertThat(ingest.err()).as("a stock Fuseki keeps none").contains("tallies rebuilt in");
        } finally {
            server.stop();
        }
        assertThat(refused.get()).isGreaterThan(1);
        List<Node> graphs = Txn.calculateRead(dataset, () -> Iter.toList(dataset.listGraphNodes()));
        assertThat(graphs).hasSize(5);
    }
}
