package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query that runs out of time ends in 503 and no rows, in every result format,
 * soon after its limit: also when some rows were ready before the time ran out, and
 * when the time runs out while Jena builds the query's plan. The limit is the request's own {@code timeout} parameter
 * (seconds), which can only shorten the configured one.
 */
class QueryTimeoutIT {

    /**
     * A four-way cross product of the fixture's triples, far too long for a second, that
     * lets through a few combinations at random: its first rows come at once.
     */
    private static final String TRICKLE = "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l "
        + "FILTER(RAND() * STRLEN(STR(?l)) < 0.0005) }";

    /**
     * Shaped like the library's places-by-events: counts by group, an OPTIONAL subquery, an order.
     * Jena builds the OPTIONAL's hash join, reading the whole count (here of a four-way cross
     * product, minutes of work), before the query starts, which Jena's own timer does not stop;
     * cancelling it can end in a NullPointerException.
     */
    private static final String COUNTS = "SELECT * WHERE { { SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ?b ?c . "
        + "?d ?e ?f . ?g ?h ?i . ?j ?k ?l } GROUP BY ?a } OPTIONAL { SELECT ?a (MIN(?o) AS ?m) WHERE { ?a ?p ?o } "
        + "GROUP BY ?a } } ORDER BY ?n";

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

    @ParameterizedTest
    @ValueSource(strings = {"text/csv", "text/tab-separated-values", "application/sparql-results+json"})
    void aQueryOutOfTimeIsAnErrorWithoutRows(String format) {
        long start = System.nanoTime();
        assertTimesOutWithoutRows(TRICKLE, format);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10.0);
    }

    @Test
    void aQueryStillBuildingItsPlanIsStoppedAtTheLimit() {
        long start = System.nanoTime();
        assertTimesOutWithoutRows(COUNTS, "text/csv");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10.0);
    }

    private static void assertTimesOutWithoutRows(String query, String format) {
        HttpResponse<String> response = server.get(server.dataset() + "/sparql?timeout=1&query="
            + URLEncoder.encode(query, StandardCharsets.UTF_8), format);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.body()).doesNotContain("Incomplete", "a,d", "?a", "\"a\"", FixtureServer.ID);
    }
}
