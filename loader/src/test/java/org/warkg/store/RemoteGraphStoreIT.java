package org.warkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Writes to a Graph Store Protocol endpoint on 127.0.0.1 that misbehaves the way a server
 * does while it restarts or dies: a write is sent again after connection failures and
 * 5xx answers, and the error that ends the tries names the endpoint, the graph and why.
 */
class RemoteGraphStoreIT {

    private static final Node GRAPH = NodeFactory.createURI("https://w3id.org/warkg/id/graph/a1");

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aWriteRefusedTwiceWithA503IsStoredOnTheThirdTry() throws IOException {
        List<String> bodies = new CopyOnWriteArrayList<>();
        AtomicInteger puts = new AtomicInteger();
        String endpoint = serve(exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (puts.incrementAndGet() <= 2) {
                answer(exchange, 503, "restarting");
            } else {
                bodies.add(exchange.getRequestHeaders().getFirst("Content-Type") + "\n" + body);
                answer(exchange, 204, "");
            }
        });

        long start = System.nanoTime();
        try (RemoteGraphStore store = connect(endpoint)) {
            store.replaceAll(Map.of(GRAPH, content()));
        }

        assertThat(puts.get()).isEqualTo(3);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(received(bodies.get(0)).isIsomorphicWith(content())).isTrue();
    }

    @Test
    void aWriteWhoseConnectionIsDroppedTwiceIsStoredOnTheThirdTry() throws IOException {
        AtomicInteger puts = new AtomicInteger();
        String endpoint = serve(exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (puts.incrementAndGet() <= 2) {
                // Closed before any answer: the client sees the connection end.
                exchange.close();
            } else {
                answer(exchange, 204, "");
            }
        });

        try (RemoteGraphStore store = connect(endpoint)) {
            store.replaceAll(Map.of(GRAPH, content()));
        }

        assertThat(puts.get()).isEqualTo(3);
    }

    @Test
    void aServerThatNeverComesBackFailsNamingTheEndpointTheGraphAndTheCause() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + port + "/kg";

        try (RemoteGraphStore store = connect(endpoint)) {
            assertThatThrownBy(() -> store.replaceAll(Map.of(GRAPH, content())))
                .isInstanceOf(StoreException.class)
                .hasMessage("Cannot store graph " + GRAPH.getURI() + " at " + endpoint + "/data (4 tries): "
                    + "connection refused");
        }
    }

    @Test
    void aServerThatKeepsFailingIsQuotedWithItsStatusAndAnswer() throws IOException {
        AtomicInteger puts = new AtomicInteger();
        String endpoint = serve(exchange -> {
            puts.incrementAndGet();
            answer(exchange, 500, "Transaction failed:\n  the store is read-only " + "x".repeat(500));
        });

        try (RemoteGraphStore store = connect(endpoint)) {
            assertThatThrownBy(() -> store.replaceAll(Map.of(GRAPH, content())))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot store graph " + GRAPH.getURI() + " at " + endpoint + "/data (4 tries)"
                    + ": HTTP 500")
                .hasMessageContaining("Transaction failed: the store is read-only xxx")
                .hasMessageEndingWith("...");
        }
        assertThat(puts.get()).isEqualTo(4);
    }

    @Test
    void aRefusalOfTheRequestItselfIsNotSentAgain() throws IOException {
        AtomicInteger puts = new AtomicInteger();
        String endpoint = serve(exchange -> {
            puts.incrementAndGet();
            answer(exchange, 403, "forbidden");
        });

        try (RemoteGraphStore store = connect(endpoint)) {
            assertThatThrownBy(() -> store.replaceAll(Map.of(GRAPH, content())))
                .hasMessageContaining("at " + endpoint + "/data: HTTP 403");
        }
        assertThat(puts.get()).isEqualTo(1);
    }

    /** Serves the handler as the dataset's Graph Store Protocol endpoint; returns the dataset's URL. */
    private String serve(HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/kg/data", handler);
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/kg";
    }

    private static RemoteGraphStore connect(String dataset) {
        return RemoteGraphStore.connect(dataset, "data", "sparql", "update", HttpClient.newHttpClient());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static Graph content() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(NodeFactory.createURI("https://w3id.org/warkg/id/article/a1"),
            NodeFactory.createURI("https://schema.org/headline"), NodeFactory.createLiteralString("Port struck"));
        return graph;
    }

    /** A request as recorded: its content type on the first line, its body after. */
    private static Graph received(String request) {
        int cut = request.indexOf('\n');
        return RDFParser.fromString(request.substring(cut + 1))
            .lang(RDFLanguages.contentTypeToLang(request.substring(0, cut))).toGraph();
    }
}
