package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.warkg.queries.QueryLibrary;

/** Which queries read the tallies alone, so that their answers outlive writes to the articles. */
class TallyReadsTest {

    @Test
    void theTalliedLibraryQueriesReadOnlyTheTallies() {
        for (String name : List.of("events-per-month", "events-per-type", "casualties-by-region-month",
                "places-by-events", "claimant-summary", "acled-events")) {
            assertThat(TallyReads.only(QueryLibrary.standard().bind(name, Map.of()).sparql())).as(name).isTrue();
        }
    }

    @Test
    void aQueryThatMayReadAnArticleDoesNot() {
        assertThat(TallyReads.only(QueryLibrary.standard().bind("top-entities", Map.of()).sparql())).isFalse();
        assertThat(TallyReads.only("SELECT * WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } ?s ?q ?v }"))
            .as("a pattern outside").isFalse();
        assertThat(TallyReads.only("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")).as("any graph").isFalse();
        assertThat(TallyReads.only("SELECT * WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o"
            + " FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } } }")).as("a pattern in an expression").isFalse();
        assertThat(TallyReads.only("SELECT * WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?s <urn:p>/<urn:q> ?o } }"))
            .as("a path").isFalse();
        assertThat(TallyReads.only("SELECT * FROM <urn:x-arq:DefaultGraph> WHERE { ?s ?p ?o }")).as("FROM")
            .isFalse();
        assertThat(TallyReads.only("SELECT * WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p }")).as("no query")
            .isFalse();
    }
}
