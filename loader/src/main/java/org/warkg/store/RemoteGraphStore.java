package org.warkg.store;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Any SPARQL 1.1 store reached over HTTP: graphs are replaced with Graph Store
 * Protocol PUTs, one atomic request per graph, and counted with a SPARQL query.
 */
public final class RemoteGraphStore implements GraphStore {

    private final RDFConnection connection;

    private RemoteGraphStore(RDFConnection connection) {
        this.connection = connection;
    }

    /**
     * Connects to a dataset URL such as {@code http://host:3030/kg}.
     *
     * @param dataset   the dataset URL
     * @param gsp       the Graph Store Protocol endpoint name under it, e.g. {@code data}
     * @param query     the query endpoint name under it, e.g. {@code sparql}
     * @param client    an HTTP client, with credentials where the store needs them
     */
    public static RemoteGraphStore connect(String dataset, String gsp, String query,
                                           java.net.http.HttpClient client) {
        RDFConnection connection = RDFConnectionRemote.service(dataset)
            .gspEndpoint(gsp)
            .queryEndpoint(query)
            .httpClient(client)
            .build();
        return new RemoteGraphStore(connection);
    }

    @Override
    public void replaceAll(Map<Node, Graph> graphs) {
        graphs.forEach((name, content) -> {
            try {
                connection.put(name.getURI(), ModelFactory.createModelForGraph(content));
            } catch (RuntimeException e) {
                throw new StoreException("Cannot store graph " + name.getURI() + ": " + e.getMessage(), e);
            }
        });
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
    public void close() {
        connection.close();
    }
}
