package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SERVICE clauses are refused on every endpoint: the server never calls the URL a
 * query names, so nobody can use it to reach addresses only it can reach, nor read
 * what they answer in an error message.
 */
class ServiceRefusedIT {

    private static final String SECRET = "only-the-loopback-listener-knows-this";

    @TempDir
    static Path dir;

    private static FixtureServer server;
    private static LoopbackSite listener;

    @BeforeAll
    static void start() throws Exception {
        server = FixtureServer.start(dir);
        listener = new LoopbackSite("text/plain", SECRET);
    }

    @AfterAll
    static void stop() throws Exception {
        listener.close();
        server.close();
    }

    private static String serviceQuery(String keyword) {
        return "SELECT * WHERE { " + keyword + " <" + listener.origin() + "/x> { ?s ?p ?o } }";
    }

    private static HttpRequest.Builder post(String endpoint, String parameter, String sparql) {
        return HttpRequest.newBuilder(URI.create(server.dataset() + endpoint)).timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(parameter + "="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8)));
    }

    @Test
    void queriesNamingAServiceAreRefusedWithoutCallingIt() {
        List<HttpResponse<String>> responses = List.of(
            server.send(post("/sparql", "query", serviceQuery("SERVICE")).build()),
            server.send(post("/query", "query", serviceQuery("SERVICE")).build()),
            server.asAdmin(post("/update", "update", "INSERT { ?s ?p ?o } WHERE { SERVICE <"
                + listener.origin() + "/x> { ?s ?p ?o } }")));
        for (HttpResponse<String> response : responses) {
            // Queries get 422; Fuseki reports a refused update as a server error, still with the reason.
            assertThat(response.statusCode()).as(response.body()).isGreaterThanOrEqualTo(400);
            assertThat(response.body()).doesNotContain(SECRET).contains("SERVICE execution disabled");
        }
        HttpResponse<String> silent = server.send(post("/sparql", "query", serviceQuery("SERVICE SILENT")).build());
        assertThat(silent.body()).doesNotContain(SECRET);
        assertThat(listener.connections()).isZero();
    }

    @Test
    void aSimpleQueryAnswersAtOnceWhileServiceQueriesAreSent() {
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pending.add(CompletableFuture.supplyAsync(
                () -> server.send(post("/sparql", "query", serviceQuery("SERVICE")).build())));
        }
        long start = System.nanoTime();
        HttpResponse<String> ask = server.get(server.dataset() + "/sparql?query=ASK%7B%7D",
            "application/sparql-results+json");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("true");
        assertThat(seconds).isLessThan(2.0);
        for (CompletableFuture<HttpResponse<String>> each : pending) {
            HttpResponse<String> response = each.join();
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(response.body()).doesNotContain(SECRET);
        }
        assertThat(listener.connections()).isZero();
    }
}
