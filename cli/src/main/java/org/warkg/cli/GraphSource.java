package org.warkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.warkg.queries.DatasetEndpoint;
import org.warkg.queries.HttpEndpoint;
import org.warkg.queries.QueryEndpoint;
import picocli.CommandLine.Option;

/**
 * Where {@code kg query} and {@code kg export} read the graph: the TDB2 store
 * (default {@code store/tdb2}) or a remote SPARQL endpoint. Either way the default
 * graph is the union of the article graphs, as the served dataset has it.
 */
final class GraphSource {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: store/tdb2).")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL",
        description = "Read a remote dataset instead: its URL as for ingest, e.g. http://127.0.0.1:3030/kg "
            + "(queried at URL/sparql), or the full URL of any SPARQL query service ending in /sparql or /query.")
    String endpoint;

    /** Opens the source the options name; no options (a null group) means the default store. */
    static OpenGraph open(GraphSource options) throws IOException {
        if (options != null && options.endpoint != null) {
            return new OpenGraph(new HttpEndpoint(serviceUrl(options.endpoint)), null);
        }
        Path folder = options != null && options.store != null ? options.store : ProjectPaths.store();
        if (!isStore(folder)) {
            throw new IOException("No TDB2 store at " + folder
                + ": run 'kg ingest' first, or give --store or --endpoint");
        }
        DatasetGraph dataset;
        try {
            dataset = DatabaseMgr.connectDatasetGraph(folder.toString());
        } catch (RuntimeException e) {
            throw new IOException("Cannot open the TDB2 store " + folder + " (" + e.getMessage()
                + "); if 'kg serve' holds it, query the server with --endpoint", e);
        }
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new OpenGraph(new DatasetEndpoint(dataset), dataset);
    }

    /** A Fuseki dataset URL gets the query service name of config-kg.ttl; a service URL is kept as it is. */
    static String serviceUrl(String url) {
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return trimmed.endsWith("/sparql") || trimmed.endsWith("/query") ? trimmed : trimmed + "/sparql";
    }

    /** A folder TDB2 has written to holds Data-NNNN generations; connecting elsewhere would create a store. */
    private static boolean isStore(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        }
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
