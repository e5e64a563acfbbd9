package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text index follows the store: re-ingesting an article (its graph's quads
 * deleted, then the new ones added) leaves no stale entries, whether written the
 * way {@code kg ingest} writes or through the server's Graph Store endpoint, and
 * text search finds exactly what a scan of the indexed properties finds.
 */
class TextSearchIT {

    private static final Node GRAPH_A = NodeFactory.createURI(FixtureServer.ID + "graph/a");
    private static final String OLD_NAME = "Syniehubov";
    private static final String NEW_NAME = "Synegubov";
    private static final String PREFIXES = "PREFIX text: <http://jena.apache.org/text#>\n"
        + "PREFIX schema: <https://schema.org/>\nPREFIX oa: <http://www.w3.org/ns/oa#>\n";

    @TempDir
    Path dir;

    @Test
    void reingestedArticleIsFoundByItsNewNameOnly() {
        Map<Node, Graph> fixture = FixtureServer.articleGraphs(FixtureServer.FIXTURE);
        FixtureServer.ingest(dir.resolve("tdb2"), fixture);
        FixtureServer.ingest(dir.resolve("tdb2"), renamed(fixture.get(GRAPH_A)));

        try (FixtureServer server = FixtureServer.serve(dir)) {
            // The person's name and the evidence sentence quoting him.
            assertThat(count(server.select(textHits(NEW_NAME)))).isEqualTo(2)
                .isEqualTo(count(server.select(scanHits(NEW_NAME))));
            assertThat(count(server.select(textHits(OLD_NAME)))).isZero()
                .isEqualTo(count(server.select(scanHits(OLD_NAME))));
            assertThat(server.select(PREFIXES + "SELECT ?s WHERE { ?s text:query (schema:name \"" + NEW_NAME
                + "\") }")).contains(FixtureServer.ID + "person/oleh-syniehubov");
        }
    }

    @Test
    void graphReplacedThroughTheServerIsReindexed() {
        Map<Node, Graph> fixture = FixtureServer.articleGraphs(FixtureServer.FIXTURE);
        FixtureServer.ingest(dir.resolve("tdb2"), renamed(fixture.get(GRAPH_A)));

        try (FixtureServer server = FixtureServer.serve(dir)) {
            assertThat(count(server.select(textHits(NEW_NAME)))).isEqualTo(2);
            StringWriter turtle = new StringWriter();
            RDFDataMgr.write(turtle, fixture.get(GRAPH_A), Lang.TURTLE);
            String url = server.dataset() + "/data?graph="
                + URLEncoder.encode(GRAPH_A.getURI(), StandardCharsets.UTF_8);
            int status = server.asAdmin(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle.toString()))).statusCode();
            assertThat(status).isIn(200, 201, 204);

            assertThat(count(server.select(textHits(NEW_NAME)))).isZero();
            assertThat(count(server.select(textHits(OLD_NAME)))).isEqualTo(2)
                .isEqualTo(count(server.select(scanHits(OLD_NAME))));
        }
    }

    @Test
    void anEvidenceHitLeadsBackToItsEventWithTheSentence() {
        FixtureServer.ingest(dir.resolve("tdb2"), FixtureServer.articleGraphs(FixtureServer.FIXTURE));
        try (FixtureServer server = FixtureServer.serve(dir)) {
            // The query fuseki-config/README.md gives for sentence hits.
            String csv = server.select(PREFIXES + "PREFIX kg: <https://w3id.org/warkg/ns#>\n"
                + "SELECT ?event ?literal WHERE { (?selector ?score ?literal) text:query (oa:exact \"civilian\") . "
                + "?evidence oa:hasSelector ?selector . ?report kg:evidence ?evidence ; kg:reports ?event . }");
            assertThat(csv.lines().skip(1).toList()).singleElement().asString()
                .startsWith(FixtureServer.ID + "event/strike,")
                .contains("denied striking civilian targets in Kharkiv");
        }
    }

    /** Hits of the word in every indexed field: one per graph, subject and literal holding it. */
    private static String textHits(String word) {
        String query = String.join(" OR ", "name:" + word, "alternateName:" + word, "exact:" + word,
            "headline:" + word);
        return PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { (?s ?score ?literal ?g) text:query \"" + query + "\" }";
    }

    /** The same count by scanning the indexed properties in every article graph. */
    private static String scanHits(String word) {
        return PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?literal "
            + "VALUES ?p { schema:name schema:alternateName oa:exact schema:headline } "
            + "FILTER(REGEX(STR(?literal), \"\\\\b" + word + "\\\\b\", \"i\")) } }";
    }

    private static long count(String csv) {
        return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().trim());
    }

    /** The article graph with the old name replaced by the new one in every literal. */
    private static Map<Node, Graph> renamed(Graph article) {
        Graph renamed = GraphFactory.createDefaultGraph();
        article.find().forEachRemaining(t -> {
            Node o = t.getObject();
            boolean named = o.isLiteral() && o.getLiteralLexicalForm().contains(OLD_NAME);
            renamed.add(Triple.create(t.getSubject(), t.getPredicate(),
                named ? NodeFactory.createLiteralString(o.getLiteralLexicalForm().replace(OLD_NAME, NEW_NAME)) : o));
        });
        return Map.of(GRAPH_A, renamed);
    }
}
