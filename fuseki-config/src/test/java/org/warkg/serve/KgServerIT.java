package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Boots the shipped configuration on a free loopback port over a temporary TDB2 store. */
class KgServerIT {

    private static final String PASSWORD = "s3cret-for-tests";
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private FusekiServer server;
    private String dataset;

    @BeforeEach
    void start() {
        Path store = dir.resolve("tdb2");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("https://w3id.org/warkg/id/graph/a"),
            NodeFactory.createURI("https://w3id.org/warkg/id/place/kharkiv"),
            NodeFactory.createURI("https://schema.org/name"), NodeFactory.createLiteralString("Kharkiv")));
        server = KgServer.start(new ServerSettings(store, dir.resolve("run"), 0, PASSWORD));
        dataset = KgServer.datasetUrl(server);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private HttpResponse<String> post(String url, String contentType, String body, boolean admin)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (admin) {
            String token = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String query(String sparql) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(dataset + "/sparql?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
            .header("Accept", "text/csv").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void answersQueriesOverTheUnionOfArticleGraphs() throws Exception {
        assertThat(query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")).contains("\n1");
        assertThat(query("SELECT ?name WHERE { ?s <https://schema.org/name> ?name }")).contains("Kharkiv");
    }

    @Test
    void refusesAnonymousWritesAndLetsTheAdminWrite() throws Exception {
        assertThat(post(dataset + "/update", "application/sparql-update", "DROP ALL", false).statusCode())
            .isEqualTo(401);
        String turtle = "<http://x/s> <http://x/p> \"o\" .";
        assertThat(post(dataset + "/data?graph=http://x/g", "text/turtle", turtle, false).statusCode())
            .isEqualTo(401);
        assertThat(query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")).contains("\n1");

        assertThat(post(dataset + "/data?graph=http://x/g", "text/turtle", turtle, true).statusCode())
            .isIn(200, 201, 204);
        assertThat(query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")).contains("\n2");
    }

    @Test
    void theUiReadsTheAdminPagesWithoutAPasswordWhileAdminActionsNeedIt() throws Exception {
        String admin = "http://127.0.0.1:" + server.getHttpPort() + "/$/";
        for (String page : new String[] {"datasets", "datasets/kg", "server", "stats/kg"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(admin + page)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).contains("kg");
        }
        assertThat(post(admin + "compact/kg", "text/plain", "", false).statusCode()).isEqualTo(401);
        assertThat(post(admin + "datasets?dbName=other&dbType=mem", "text/plain", "", false).statusCode())
            .isEqualTo(401);
        HttpRequest delete = HttpRequest.newBuilder(URI.create(admin + "datasets/kg")).DELETE().build();
        assertThat(http.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")).contains("\n1");
    }

    @Test
    void servesTheWebUi() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getHttpPort() + "/"))
            .GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("fuseki");
    }
}
