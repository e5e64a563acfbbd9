package org.warkg.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.update.UpdateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any SPARQL 1.1 store reached over HTTP: graphs are replaced with Graph Store
 * Protocol PUTs, one atomic request per graph, counted with a SPARQL query and
 * updated through the dataset's SPARQL update endpoint.
 */
public final class RemoteGraphStore implements GraphStore {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteGraphStore.class);
    /** The pauses before each new try of a write: a server restarting or overloaded gets seven seconds. */
    private static final List<Duration> PAUSES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(4));
    /** The graph the write check posts nothing to. */
    private static final String WRITE_CHECK = "urn:x-warkg:write-check";

    private final RDFConnection connection;
    private final String endpoint;

    private RemoteGraphStore(RDFConnection connection, String endpoint) {
        this.connection = connection;
        this.endpoint = endpoint;
    }

    /**
     * Connects to a dataset URL such as {@code http://host:3030/kg}.
     *
     * @param dataset   the dataset URL
     * @param gsp       the Graph Store Protocol endpoint name under it, e.g. {@code data}
     * @param query     the query endpoint name under it, e.g. {@code sparql}
     * @param update    the update endpoint name under it, e.g. {@code update}
     * @param client    an HTTP client, with credentials where the store needs them
     */
    public static RemoteGraphStore connect(String dataset, String gsp, String query, String update,
                                           java.net.http.HttpClient client) {
        RDFConnection connection = RDFConnectionRemote.service(dataset)
            .gspEndpoint(gsp)
            .queryEndpoint(query)
            .updateEndpoint(update)
            .httpClient(client)
            .build();
        return new RemoteGraphStore(connection, dataset.replaceAll("/+$", "") + "/" + gsp);
    }

    @Override
    public void replaceAll(Map<Node, Graph> graphs) {
        graphs.forEach((name, content) -> put(name.getURI(), content));
    }

    /**
     * A PUT replaces the whole graph, so one that failed on the way (a server restarting,
     * a dropped connection) or on the server's side (a 5xx while it is busy, such as a
     * query timeout disturbing a concurrent write) is safely sent again, after a growing pause.
     */
    private void put(String graph, Graph content) {
        for (int attempt = 0; ; attempt++) {
            try {
                connection.put(graph, ModelFactory.createModelForGraph(content));
                return;
            } catch (HttpException e) {
                String cause = HttpFailure.describe(e);
                if (!HttpFailure.isTransient(e) || attempt == PAUSES.size()) {
                    String tries = attempt == 0 ? "" : " (" + (attempt + 1) + " tries)";
                    throw new StoreException("Cannot store graph " + graph + " at " + endpoint + tries + ": " + cause,
                        e);
                }
                LOG.warn("Storing graph {} at {} failed ({}), trying again in {} s", graph, endpoint, cause,
                    PAUSES.get(attempt).toSeconds());
                pause(PAUSES.get(attempt));
            } catch (RuntimeException e) {
                throw new StoreException("Cannot store graph " + graph + " at " + endpoint + ": " + e.getMessage(), e);
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting to store again", e);
        }
    }

    @Override
    public void update(UpdateRequest update) {
        try {
            connection.update(update);
        } catch (HttpException e) {
            throw new StoreException("Cannot update " + endpoint + ": " + HttpFailure.describe(e), e);
        }
    }

    @Override
    public <T> T select(Query query, Function<ResultSet, T> reader) {
        try (QueryExecution qe = connection.query(query)) {
            return reader.apply(qe.execSelect());
        } catch (HttpException e) {
            throw new StoreException("Cannot query " + endpoint + ": " + HttpFailure.describe(e), e);
        }
    }

    @Override
    public boolean contains(Node graph) {
        try (QueryExecution qe = connection.query("ASK { GRAPH <" + graph.getURI() + "> { ?s ?p ?o } }")) {
            return qe.execAsk();
        }
    }

    @Override
    public long quadCount() {
        try (QueryExecution qe = connection.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Override
    public StoreCounts counts() {
        try (QueryExecution qe = connection.query(StoreCounts.QUERY)) {
            return StoreCounts.from(qe.execSelect().next());
        }
    }

    /**
     * Asks the dataset a trivial question and sends it an empty write, which stores nothing,
     * so that an endpoint that does not answer, is no dataset or refuses writes fails before
     * any article is extracted. Errors come as Jena's HTTP exceptions, with the status.
     */
    public void checkWritable() {
        try (QueryExecution qe = connection.query("ASK {}")) {
            qe.execAsk();
        }
        connection.load(WRITE_CHECK, ModelFactory.createDefaultModel());
    }

    @Override
    public void close() {
        connection.close();
    }
}
