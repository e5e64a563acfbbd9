package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An answer read from the tallies alone is kept across writes to the articles, until the tallies are rebuilt. */
class TallyAnswersIT {

    private static final String TALLY_ROWS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x-arq:DefaultGraph> {"
        + " ?s ?p ?o } }";
    private static final String STRAY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x-arq:DefaultGraph> {"
        + " <urn:example:stray> ?p ?o } }";

    @TempDir
    Path dir;

    private FixtureServer server;

    @BeforeEach
    void start() {
        server = FixtureServer.start(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aTallyAnswerOutlivesWritesUntilTheRebuild() throws InterruptedException {
        // The store had no tallies: the server builds them as it starts.
        awaitUncached(TALLY_ROWS, answer -> !answer.equals("n\r\n0\r\n"));
        assertThat(server.select(STRAY)).isEqualTo("n\r\n0\r\n");

        // A triple written into the tallies' graph by hand: a write like any other, which the rebuild replaces.
        HttpResponse<String> insert = server.asAdmin(HttpRequest.newBuilder(URI.create(server.dataset() + "/update"))
            .header("Origin", server.root()).header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString(
                "INSERT DATA { GRAPH <urn:x-arq:DefaultGraph> { <urn:example:stray> <urn:example:p> 1 } }")));
        assertThat(insert.statusCode()).as(insert.body()).isBetween(200, 204);

        assertThat(uncached(STRAY)).as("the data").isEqualTo("n\r\n1\r\n");
        assertThat(server.select(STRAY)).as("the answer kept").isEqualTo("n\r\n0\r\n");
        awaitUncached(STRAY, answer -> answer.equals("n\r\n0\r\n"));
        assertThat(server.select(STRAY)).isEqualTo("n\r\n0\r\n");
    }

    /** Waits up to 60 s for a query that the cache cannot answer (it calls RAND) to give a wanted answer. */
    private void awaitUncached(String sparql, Predicate<String> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!wanted.test(uncached(sparql))) {
            assertThat(System.nanoTime()).as("waited for the tallies").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private String uncached(String sparql) {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.dataset() + "/sparql"))
            .header("Accept", "text/csv").header("Content-Type", "application/sparql-query")
            .POST(HttpRequest.BodyPublishers.ofString(sparql.replace("WHERE {", "WHERE { BIND(RAND() AS ?r)")))
            .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
