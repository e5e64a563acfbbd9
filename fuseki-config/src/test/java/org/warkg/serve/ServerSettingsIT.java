package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server-wide settings of the shipped files: CORS for browser code on other
 * origins (cors.properties), and the query timeout of config-kg.ttl.
 */
class ServerSettingsIT {

    private static final String ORIGIN = "http://localhost:8888";

    @TempDir
    static Path dir;

    private static FixtureServer server;

    @BeforeAll
    static void start() {
        server = FixtureServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answersCorsPreflightForQueries() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.dataset() + "/sparql"))
            .header("Origin", ORIGIN)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        // Fuseki's default CORS settings allow credentials: their absence shows cors.properties is in force.
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void crossOriginQueryAndPageAnswersCarryTheOrigin() {
        String query = server.dataset() + "/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        for (String url : List.of(query, server.root() + "/id/place/kharkiv")) {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(url))
                .header("Origin", ORIGIN).GET().build());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(ORIGIN);
        }
    }

    @Test
    void stopsQueriesAtTheConfiguredTimeout() {
        // A five-way cross product of the fixture's ~150 triples: far beyond 10 s to first result.
        String endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        long start = System.nanoTime();
        HttpResponse<String> response = server.get(server.dataset() + "/sparql?query="
            + URLEncoder.encode(endless, StandardCharsets.UTF_8), "text/csv");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(seconds).isBetween(9.0, 25.0);
    }
}
