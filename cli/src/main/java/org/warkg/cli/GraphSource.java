package org.warkg.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.warkg.queries.DatasetEndpoint;
import org.warkg.queries.HttpEndpoint;
import org.warkg.queries.QueryEndpoint;
import org.warkg.serve.RunningServer;
import picocli.CommandLine.Option;

/**
 * Where {@code kg query} and {@code kg export} read the graph: the TDB2 store
 * (default {@code store/tdb2}) or a remote SPARQL endpoint. Either way the default
 * graph is the union of the article graphs, as the served dataset has it. While
 * {@code kg serve} runs on the store, it holds the store's lock, and reads go to it.
 */
final class GraphSource {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: store/tdb2).")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL",
        description = "Read a remote dataset instead: its URL as for ingest, e.g. http://127.0.0.1:3030/kg "
            + "(queried at URL/sparql), or the full URL of any SPARQL query service ending in /sparql or /query.")
    String endpoint;

    /**
     * Opens the source the options name; no options (a null group) means the default store. A store
     * that {@code kg serve} holds is read through the server, which answers as the store would.
     */
    static OpenGraph open(GraphSource options) {
        if (options != null && options.endpoint != null) {
            return new OpenGraph(new HttpEndpoint(serviceUrl(options.endpoint)), null);
        }
        Path folder = options != null && options.store != null ? options.store : ProjectPaths.store();
        Optional<RunningServer> server = RunningServer.find(folder);
        if (server.isPresent()) {
            return new OpenGraph(new HttpEndpoint(serviceUrl(server.get().datasetUrl())), null);
        }
        if (!StoreFolder.holdsStore(folder)) {
            throw new CommandException("No TDB2 store at " + StoreFolder.shown(folder) + ".",
                "Load articles first with ./kg ingest PATH, or give --store DIR or --endpoint URL.");
        }
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(folder.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new OpenGraph(new DatasetEndpoint(dataset), dataset);
    }

    /** A Fuseki dataset URL gets the query service name of config-kg.ttl; a service URL is kept as it is. */
    static String serviceUrl(String url) {
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return trimmed.endsWith("/sparql") || trimmed.endsWith("/query") ? trimmed : trimmed + "/sparql";
    }

    /**
     * An opened source: the endpoint to query and, for a store, the dataset to close.
     *
     * @param endpoint where queries run
     * @param dataset  the TDB2 dataset behind it, or null for a remote endpoint
     */
    record OpenGraph(QueryEndpoint endpoint, DatasetGraph dataset) implements AutoCloseable {

        @Override
        public void close() {
            if (dataset != null) {
                dataset.close();
            }
        }
    }
}
