package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An answer asked for again comes from the cache, marked so, only while no write has changed the data. */
class CachedQueriesIT {

    private static final String GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

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
    void aWriteEndsTheCachedAnswerAtOnce() {
        String before = server.select(GRAPHS);
        assertThat(server.select(GRAPHS)).isEqualTo(before).contains("\r\n2\r\n");

        int status = server.dropGraph("graph/a");

        assertThat(status).isEqualTo(204);
        assertThat(server.select(GRAPHS)).contains("\r\n1\r\n");
    }

    @Test
    void aQueryPostedAsAFormOrABodyIsKeptAsWell() {
        String form = "query=" + URLEncoder.encode(GRAPHS, StandardCharsets.UTF_8);
        assertKeptOnSecondAsking(form, "application/x-www-form-urlencoded");
        assertKeptOnSecondAsking(GRAPHS.replace("?n", "?graphs"), "application/sparql-query");
    }

    /** Asked twice in a row, the second answer comes from the cache (a few tries: a tally rebuild may clear it). */
    private static void assertKeptOnSecondAsking(String body, String contentType) {
        boolean hit = false;
        for (int attempt = 0; attempt < 5 && !hit; attempt++) {
            HttpResponse<String> first = post(body, contentType);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            HttpResponse<String> again = post(body, contentType);
            assertThat(again.body()).isEqualTo(first.body());
            hit = again.headers().firstValue(CachedQueries.HIT_HEADER).filter("hit"::equals).isPresent();
            assertThat(again.headers().allValues(TalliesKept.HEADER)).as("each header once").hasSize(1);
        }
        assertThat(hit).as("a cache hit for " + contentType).isTrue();
    }

    /** A query posted to the endpoint, asking for TSV, which no other test here asks for. */
    private static HttpResponse<String> post(String body, String contentType) {
        return server.send(HttpRequest.newBuilder(URI.create(server.dataset() + "/sparql"))
            .header("Accept", "text/tab-separated-values").header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void askersOfTheSameAnswerAtOnceHaveItComputedOnce() throws Exception {
        long computed = Long.MAX_VALUE;
        // A few tries with fresh query text: a tally rebuild that commits meanwhile lets the waiters compute too.
        for (int attempt = 0; attempt < 3 && computed != 1; attempt++) {
            // Slow enough on the fixture (every triple with every other, twice) that the askers overlap.
            String slow = "SELECT (COUNT(*) AS ?n" + attempt + ") WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            List<CompletableFuture<HttpResponse<String>>> askers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                askers.add(CompletableFuture.supplyAsync(() -> server.get(server.dataset() + "/sparql?query="
                    + URLEncoder.encode(slow, StandardCharsets.UTF_8), "text/csv")));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> asker : askers) {
                answers.add(asker.get(2, TimeUnit.MINUTES));
            }
            assertThat(answers).allSatisfy(answer -> assertThat(answer.body()).isEqualTo(answers.get(0).body()));
            computed = answers.stream().filter(answer -> answer.headers().firstValue(CachedQueries.HIT_HEADER)
                .isEmpty()).count();
        }
        assertThat(computed).isEqualTo(1);
    }

    @Test
    void aQueryWhoseAnswerVariesRunsEachTime() {
        String random = "SELECT (RAND() AS ?r) WHERE { }";
        assertThat(server.select(random)).isNotEqualTo(server.select(random));
    }

    @Test
    void anotherFormatIsAnotherAnswer() {
        String json = server.get(server.dataset() + "/sparql?query=" + URLEncoder.encode(GRAPHS,
            StandardCharsets.UTF_8), "application/sparql-results+json").body();
        assertThat(server.select(GRAPHS)).doesNotContain("{");
        assertThat(json).contains("\"bindings\"");
    }
}
