package org.warkg.queries;

import static org.assertj.core.api.Assertions.assertThat;

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
        Summaries.refresh(data);
        assertThat(Txn.calculateRead(data, () -> data.getGraph(TALLIES).size())).isEqualTo(tallies);
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
