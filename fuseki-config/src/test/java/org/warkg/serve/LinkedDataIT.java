package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every data IRI resolves under {@code /id/}: HTML for browsers, the resource's
 * description as Turtle or JSON-LD for RDF clients, 404 for IRIs the graph does
 * not describe.
 */
class LinkedDataIT {

    private static final String KHARKIV = "/id/place/kharkiv";
    private static final String STRIKE = "/id/event/strike";
    private static final String KG = "https://w3id.org/warkg/ns#";

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

    private static Graph parse(HttpResponse<String> response, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), lang).parse(graph);
        return graph;
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(FixtureServer.ID + path);
    }

    @Test
    void browserGetsAnEntityPage() {
        HttpResponse<String> response = server.get(KHARKIV, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body())
            .contains("<h1>Kharkiv</h1>", "Kharkov", "POINT(36.2304 49.9935)")
            .contains("href=\"/id/event/strike\"", "Attack", "2024-05-10")
            .contains("Russia&#39;s Defence Ministry", "disputed", "unverified")
            .contains("Russian forces struck Kharkiv with Shahed-136 drones overnight")
            .contains("href=\"/id/article/a\"", "Russian drones strike Kharkiv overnight")
            .contains("https://w3id.org/warkg/id/place/kharkiv");
    }

    @Test
    void personPageShowsRolesAndClaims() {
        String body = server.get("/id/person/oleh-syniehubov", "text/html").body();
        assertThat(body).contains("Governor of Kharkiv Oblast", "claimant", "href=\"/id/event/strike\"");
    }

    @Test
    void eventPageShowsEveryReportWithEvidenceAndOffsets() {
        String body = server.get(STRIKE, "text/html").body();
        assertThat(body)
            .contains("Attack in Kharkiv, 2024-05-10", "2024-05-10 (day)")
            .contains("href=\"/id/place/kharkiv\"", "href=\"/id/org/russian-armed-forces\"")
            .contains("href=\"/id/weapon/shahed-136\"", "Shahed-136")
            .containsPattern("<dt>Killed</dt><dd>(2, 3|3, 2)</dd>")
            .contains("href=\"/id/person/oleh-syniehubov\"", "unverified", "Russia&#39;s Defence Ministry", "disputed")
            .contains("41\u2013171", "killing two people");
    }

    @Test
    void textFromTheDataIsEscaped() {
        String body = server.get("/id/event/kyiv", "text/html").body();
        assertThat(body).contains("20 of 22 &lt;Kh-101&gt; missiles over Kyiv &amp; the region")
            .doesNotContain("<Kh-101>");
    }

    @Test
    void turtleClientGetsTheDescriptionAcrossArticleGraphs() {
        HttpResponse<String> response = server.get(STRIKE, "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        Graph graph = parse(response, Lang.TURTLE);
        Node strike = iri("event/strike");
        Node killed = NodeFactory.createURI(KG + "killed");
        // Both articles' casualty figures, both reports, and each report's evidence sentence.
        assertThat(graph.find(strike, killed, Node.ANY).toList()).hasSize(2);
        assertThat(graph.find(Node.ANY, NodeFactory.createURI(KG + "reports"), strike).toList()).hasSize(2);
        assertThat(graph.contains(iri("report/b/ev2"), NodeFactory.createURI(KG + "evidence"),
            iri("evidence/b/ev2/0"))).isTrue();
        assertThat(response.body()).contains("Russia's Defence Ministry denied striking civilian targets");
    }

    @Test
    void jsonLdClientGetsTheSameDescription() {
        HttpResponse<String> response = server.get(KHARKIV, "application/ld+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        Graph jsonLd = parse(response, Lang.JSONLD);
        Graph turtle = parse(server.get(KHARKIV, "text/turtle"), Lang.TURTLE);
        assertThat(jsonLd.contains(iri("place/kharkiv"), SchemaDO.name.asNode(),
            NodeFactory.createLiteralString("Kharkiv"))).isTrue();
        assertThat(jsonLd.contains(iri("place/kharkiv/geometry"), Node.ANY, Node.ANY)).isTrue();
        assertThat(jsonLd.size()).isEqualTo(turtle.size());
    }

    @Test
    void unknownIriIsNotFound() {
        HttpResponse<String> page = server.get("/id/place/atlantis", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Not found", "https://w3id.org/warkg/id/place/atlantis");
        assertThat(server.get("/id/place/atlantis", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(server.get("/id/", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void otherResourcesListTheirStatements() {
        HttpResponse<String> article = server.get("/id/article/b", "text/html");
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("Missiles over Kyiv as air defence works through the night", "2024-05-11");
    }

    @Test
    void typeAndStatusLinksOpenTheOntologyOnThisServer() {
        String body = server.get(STRIKE, "text/html").body();
        assertThat(body).contains("href=\"/ns#Attack\"", "href=\"/ns#Unverified\"", "href=\"/ns#Disputed\"")
            .doesNotContain("href=\"" + KG);
        String ontology = server.get("/ns", "text/html").body();
        assertThat(ontology).contains("<h3 id=\"Attack\">Attack</h3>", "<h3 id=\"Unverified\">Unverified</h3>",
            "<h3 id=\"TerritorialChange\">TerritorialChange \u2013 Territorial change</h3>",
            "<a href=\"/ns#Report\">kg:Report</a>");
    }

    @Test
    void ontologyIsServedAsTurtleAtItsNamespace() {
        HttpResponse<String> turtle = server.get("/ns", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        Graph ontology = parse(turtle, Lang.TURTLE);
        assertThat(ontology.contains(NodeFactory.createURI(KG + "Attack"),
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), Node.ANY)).isTrue();
        assertThat(server.get("/ns.ttl", "text/html").body()).isEqualTo(turtle.body());
        assertThat(server.get("/acled", "text/html").body()).contains("id=\"AirDroneStrike\"");
    }
}
