package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.queries.QueryLibrary;

/** The server rebuilds the tallies of a store that has none, and again once writes pause. */
class TallyUpkeepIT {

    /** What events-per-month sums, counted on the article graphs themselves. */
    private static final String LIVE_COUNT = "PREFIX kg: <https://w3id.org/warkg/ns#> "
        + "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> "
        + "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?e ?type ?ts WHERE { ?r kg:reports ?e . "
        + "?e a ?type ; sem:hasTimeStamp ?ts } }";
    private static final String BY_MONTH = QueryLibrary.standard().bind("events-per-month", Map.of()).sparql();

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
    void aStoreWithoutTalliesGetsThemAndAWriteUpdatesThem() throws InterruptedException {
        int before = liveCount();
        assertThat(before).isPositive();
        assertThat(awaitTalliedEvents(before)).isEqualTo(before);

        int status = server.dropGraph("graph/b");
        assertThat(status).isEqualTo(204);
        int after = liveCount();
        assertThat(after).isLessThan(before);
        assertThat(awaitTalliedEvents(after)).isEqualTo(after);
    }

    @Test
    void talliesStayOutOfTheArticleGraphs() {
        String graphs = server.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        String articles = server.select("PREFIX kg: <https://w3id.org/warkg/ns#> "
            + "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a kg:ArticleGraph } }");
        assertThat(graphs).isEqualTo(articles);
        assertThat(server.select("PREFIX kg: <https://w3id.org/warkg/ns#> SELECT * WHERE { ?t a kg:EventTally }"))
            .isEqualTo("t\r\n");
    }

    /** The events events-per-month sums once it reaches the expected figure, or its last answer after 30 s. */
    private static int awaitTalliedEvents(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        int tallied = talliedEvents();
        while (tallied != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            tallied = talliedEvents();
        }
        return tallied;
    }

    private static int talliedEvents() {
        String[] lines = server.select(BY_MONTH).split("\r\n");
        return Arrays.stream(lines).skip(1).mapToInt(line -> Integer.parseInt(line.split(",")[2])).sum();
    }

    private static int liveCount() {
        return Integer.parseInt(server.select(LIVE_COUNT).split("\r\n")[1]);
    }
}
