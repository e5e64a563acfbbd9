package org.warkg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The tallies: kept apart from the article graphs, replaced rather than added to, following the graphs. */
class SummariesTest {

    private static final Node TALLIES = NodeFactory.createURI(Summaries.GRAPH);
    private static final String GRAPHS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String UNION = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    @Test
    void talliesAreInNoArticleGraphNorInTheUnion() {
        DatasetGraph data = TestStore.load("war.trig");
        long inGraphs = count(data, GRAPHS);
        long inUnion = count(data, UNION);
        Txn.executeWrite(data, () -> data.getGraph(TALLIES).clear());
        assertThat(count(data, GRAPHS)).isEqualTo(inGraphs);
        assertThat(count(data, UNION)).isEqualTo(inUnion);
    }

    @Test
    void aSecondRefreshReplacesTheTallies() {
        DatasetGraph data = TestStore.load("war.trig");
        long tallies = Txn.calculateRead(data, () -> data.getGraph(TALLIES).size());
        assertThat(tallies).isPositive();
        // Several times: what a refresh writes that varies (how long it took) must be replaced too.
        for (int refresh = 0; refresh < 5; refresh++) {
            Summaries.refresh(data);
            assertThat(Txn.calculateRead(data, () -> data.getGraph(TALLIES).size())).isEqualTo(tallies);
        }
    }

    @Test
    void theTalliesSayHowLongTheirRebuildTook() {
        DatasetGraph data = TestStore.load("war.trig");
        assertThat(Summaries.lastRebuild(data)).isPositive().isLessThan(Duration.ofMinutes(1));
        Txn.executeWrite(data, () -> data.getGraph(TALLIES).clear());
        assertThat(Summaries.lastRebuild(data)).isZero();
        Node rebuildDuration = NodeFactory.createURI("https://w3id.org/warkg/ns#rebuildDuration");
        Node notADuration = NodeFactory.createLiteralString("soon");
        Txn.executeWrite(data, () -> data.add(TALLIES, TALLIES, rebuildDuration, notADuration));
        assertThat(Summaries.lastRebuild(data)).as("not a duration").isZero();
    }

    @Test
    void eventsOfADroppedArticleLeaveTheTalliesAtTheNextRefresh() {
        DatasetGraph data = TestStore.load("war.trig");
        long before = talliedEvents(data);
        Node graph = Txn.calculateRead(data, () -> data.listGraphNodes().next());
        long reportedThere = count(data, "PREFIX kg: <https://w3id.org/warkg/ns#> SELECT (COUNT(DISTINCT ?e) AS ?n)"
            + " WHERE { GRAPH <" + graph.getURI() + "> { ?r kg:reports ?e } }");
        Txn.executeWrite(data, () -> data.removeGraph(graph));
        assertThat(talliedEvents(data)).as("until the refresh").isEqualTo(before);
        Summaries.refresh(data);
        assertThat(talliedEvents(data)).isLessThan(before).isGreaterThanOrEqualTo(before - reportedThere);
    }

    @Test
    void theAcledTableComesInPagesOfAThousandRowsInOrderOfDate() {
        // 1,500 events on one day, 600 on an earlier one and 5 undated, written out of order.
        StringBuilder trig = new StringBuilder("""
            PREFIX kg:  <https://w3id.org/warkg/ns#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            <urn:example:article> {
            """);
        for (int i = 0; i < 2105; i++) {
            trig.append("<urn:example:report").append(i).append("> kg:reports <urn:example:event").append(i)
                .append("> . <urn:example:event").append(i).append("> a kg:Attack");
            if (i < 2100) {
                trig.append(" ; sem:hasTimeStamp \"2031-07-0").append(i < 1500 ? 2 : 1).append("\"^^xsd:date");
            }
            trig.append(" .\n");
        }
        DatasetGraph data = TestStore.of(trig.append("}\n").toString());
        Map<String, Long> first = datesOnPage(data, 1);
        assertThat(first).containsExactly(Map.entry("2031-07-01", 600L), Map.entry("2031-07-02", 400L));
        assertThat(datesOnPage(data, 2)).containsExactly(Map.entry("2031-07-02", 1000L));
        assertThat(datesOnPage(data, 3)).containsExactly(Map.entry("2031-07-02", 100L), Map.entry("undated", 5L));
        assertThat(datesOnPage(data, 4)).isEmpty();
    }

    /** How many rows of each date one page of acled-events holds, in the order they come. */
    private static Map<String, Long> datesOnPage(DatasetGraph data, int page) {
        BoundQuery onPage = QueryLibrary.standard().bind("acled-events", Map.of("page", Integer.toString(page)));
        return new DatasetEndpoint(data).select(onPage, rows -> {
            Map<String, Long> dates = new LinkedHashMap<>();
            rows.forEachRemaining(row -> {
                Node date = row.get(Var.alloc("event_date"));
                dates.merge(date == null ? "undated" : date.getLiteralLexicalForm(), 1L, Long::sum);
            });
            return dates;
        });
    }

    /** The events events-per-month sums over all months and classes. */
    private static long talliedEvents(DatasetGraph data) {
        BoundQuery byMonth = QueryLibrary.standard().bind("events-per-month", Map.of());
        return new DatasetEndpoint(data).select(byMonth, rows -> {
            long events = 0;
            while (rows.hasNext()) {
                events += ((Number) rows.next().get(Var.alloc("events")).getLiteralValue()).longValue();
            }
            return events;
        });
    }

    private static long count(DatasetGraph data, String sparql) {
        return new DatasetEndpoint(data).select(QueryFactory.create(sparql), Map.of(),
            rows -> ((Number) rows.next().get(Var.alloc("n")).getLiteralValue()).longValue());
    }
}
