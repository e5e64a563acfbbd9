package org.warkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.warkg.store.Tdb2GraphStore;

/**
 * The shipped configuration served on a free loopback port over a temporary store
 * that holds the two-article fixture, written as {@code kg ingest} writes: through
 * {@link KgDatasets} and {@link Tdb2GraphStore}, so the text index has it too.
 */
final class FixtureServer implements AutoCloseable {

    static final String PASSWORD = "s3cret-for-tests";
    static final String FIXTURE = "org/warkg/serve/two-articles.trig";
    static final String ID = "https://w3id.org/warkg/id/";

    private final HttpClient http = HttpClient.newHttpClient();
    private final FusekiServer server;

    private FixtureServer(FusekiServer server) {
        this.server = server;
    }

    /** Loads the fixture into {@code dir/tdb2} and starts the server over it. */
    static FixtureServer start(Path dir) {
        ingest(dir.resolve("tdb2"), articleGraphs(FIXTURE));
        return serve(dir);
    }

    /** Starts the server over the store {@code dir/tdb2} as it is. */
    static FixtureServer serve(Path dir) {
        return new FixtureServer(KgServer.start(new ServerSettings(dir.resolve("tdb2"), dir.resolve("run"), 0,
            PASSWORD)));
    }

    /** Replaces the graphs in the store the way {@code kg ingest} does, then closes the store. */
    static void ingest(Path store, Map<Node, Graph> graphs) {
        try (Tdb2GraphStore tdb = Tdb2GraphStore.wrap(KgDatasets.open(store))) {
            tdb.replaceAll(graphs);
        }
    }

    /** The named graphs of a TriG resource. */
    static Map<Node, Graph> articleGraphs(String resource) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        try (InputStream in = FixtureServer.class.getClassLoader().getResourceAsStream(resource)) {
            RDFParser.source(in).lang(Lang.TRIG).parse(dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        dataset.listGraphNodes().forEachRemaining(name -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.getGraph(name).find().forEachRemaining(copy::add);
            graphs.put(name, copy);
        });
        return graphs;
    }

    /** The server root, such as {@code http://127.0.0.1:40123}. */
    String root() {
        return "http://127.0.0.1:" + server.getHttpPort();
    }

    /** The dataset URL. */
    String dataset() {
        return KgServer.datasetUrl(server);
    }

    /** GET of a path (or URL) with an Accept header. */
    HttpResponse<String> get(String path, String accept) {
        String url = path.startsWith("http") ? path : root() + path;
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
    }

    /** A SELECT query's results as CSV; fails unless the answer is 200. */
    String select(String sparql) {
        HttpResponse<String> response = get(dataset() + "/sparql?query="
            + URLEncoder.encode(sparql, StandardCharsets.UTF_8), "text/csv");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Query failed with " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** An authenticated request as the admin. */
    HttpResponse<String> asAdmin(HttpRequest.Builder request) {
        String token = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return send(request.header("Authorization", "Basic " + token).build());
    }

    /** Drops an article graph of the fixture as the admin, from the server's own origin; the status. */
    int dropGraph(String graphPath) {
        return asAdmin(HttpRequest.newBuilder(URI.create(dataset() + "/data?graph="
                + URLEncoder.encode(ID + graphPath, StandardCharsets.UTF_8)))
            .header("Origin", root()).DELETE()).statusCode();
    }

    /** Sends a request and reads the body as text. */
    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
