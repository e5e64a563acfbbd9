package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
    }

    @Test
    void unknownIriOffersWhatItsWordsName() {
        // Nothing is called place/kharkov, but Kharkiv carries the name as an alias.
        HttpResponse<String> page = server.get("/id/place/kharkov", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("name=\"q\" value=\"kharkov\"", "<a href=\"/id/place/kharkiv\">Kharkiv</a>");
    }

    @Test
    void otherResourcesListTheirStatements() {
        HttpResponse<String> report = server.get("/id/report/a/ev1", "text/html");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("<h2>Statements</h2>", "href=\"/id/event/strike\"",
            "href=\"/id/story/a/1\"", "Russian drones strike Kharkiv overnight");
    }

    @Test
    void indexHasASearchBoxAndCountsByType() {
        HttpResponse<String> index = server.get("/id/", "text/html");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<input type=\"search\" name=\"q\"")
            .containsPattern("<a href=\"/ns#Attack\">Attack</a></td><td><a href=\"[^\"]*\">1</a>")
            .containsPattern("<a href=\"/ns#Article\">Article</a></td><td><a href=\"[^\"]*\">2</a>")
            .containsPattern("<a href=\"/ns#Story\">Story</a></td><td><a href=\"[^\"]*\">4</a>")
            .containsPattern(">Place</a></td><td><a href=\"/id/\\?type=https%3A%2F%2Fschema.org%2FPlace\">3</a>")
            .contains("<td>All events</td><td>3</td>");
    }

    @Test
    void indexListsTheMembersOfAType() {
        String places = server.get("/id/?type=https%3A%2F%2Fschema.org%2FPlace", "text/html").body();
        assertThat(places).containsSubsequence("href=\"/id/place/izium\">Izium", "href=\"/id/place/kharkiv\">Kharkiv",
            "href=\"/id/place/kyiv\">Kyiv");
        String attacks = server.get("/id/?type=" + URLEncoder.encode(KG + "Attack", StandardCharsets.UTF_8),
            "text/html").body();
        assertThat(attacks).contains("<a href=\"/id/event/strike\">Attack in Kharkiv, 2024-05-10</a>");
    }

    @Test
    void indexSearchFindsNamesAliasesAndHeadlines() {
        assertThat(server.get("/id/?q=KHARKOV", "text/html").body())
            .contains("<a href=\"/id/place/kharkiv\">Kharkiv</a>", "<code>place/kharkiv</code>");
        assertThat(server.get("/id/?q=izium+change", "text/html").body())
            .contains("<a href=\"/id/story/a/2\">Villages near Izium change hands again</a>");
        assertThat(server.get("/id/?q=zzzz", "text/html").body()).contains("Nothing in the graph is named");
    }

    @Test
    void articlePageShowsItsStoriesWithTheirEvents() {
        String body = server.get("/id/article/a", "text/html").body();
        assertThat(body).doesNotContain("<h2>Statements</h2>")
            .contains("<dt>Published</dt><dd>2024-05-10</dd>", "https://news.example/kharkiv-strike", "a.txt")
            .containsSubsequence(
                "1. Russian drones strike Kharkiv overnight", "2024-05-10", "href=\"/id/event/strike\">Attack</a>",
                "href=\"/id/person/oleh-syniehubov\"", "unverified",
                "2. Villages near Izium change hands again", "2024-05-09",
                "href=\"/id/event/izium\">Territorial change</a>", "Ukrainian troops", "the General Staff",
                "3. (no headline)", "2024-05-08", "No event found in this story.",
                "Mentions (5)", "Izium");
    }

    @Test
    void storyPageShowsItsArticleAndEvents() {
        String body = server.get("/id/story/a/2", "text/html").body();
        assertThat(body).contains("<h1>Villages near Izium change hands again</h1>",
            "<dt>Part of</dt><dd><a href=\"/id/article/a\">Russian drones strike Kharkiv overnight</a>",
            "<dt>Position on the page</dt><dd>2</dd>", "href=\"/id/event/izium\">Territorial change</a>")
            .doesNotContain("/id/event/strike");
        assertThat(server.get("/id/story/a/3", "text/html").body()).contains("<h1>Story 3</h1>");
    }

    @Test
    void eventPageNamesTheStoryEachReportIsToldIn() {
        String body = server.get("/id/event/izium", "text/html").body();
        assertThat(body).contains("<a href=\"/id/story/a/2\">Villages near Izium change hands again</a> in "
            + "<a href=\"/id/article/a\">Russian drones strike Kharkiv overnight</a>");
        // A page of one story: the article stands for it.
        assertThat(server.get("/id/event/kyiv", "text/html").body()).contains(
            "<td><a href=\"/id/article/b\">Missiles over Kyiv as air defence works through the night</a></td>");
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
