package org.warkg.cli;

import java.util.Map;

import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.warkg.queries.QueryEndpoint;

/**
 * Streams the article graphs out of an endpoint with plain SPARQL SELECTs, so one
 * code path dumps a local store and any remote SPARQL 1.1 endpoint (blank node
 * labels are kept consistent within one result set). Triples of the dataset's own
 * default graph, which ingest never writes, are not exported.
 */
final class GraphDump {

    private static final Var G = Var.alloc("g");
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");
    private static final Query QUADS = QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");
    private static final Query TRIPLES = QueryFactory.create(
        "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");

    private GraphDump() {}

    /** Sends every quad of every named graph to the sink and returns how many. */
    static long quads(QueryEndpoint endpoint, StreamRDF sink) {
        return endpoint.select(QUADS, Map.of(), rows -> {
            long n = 0;
            while (rows.hasNext()) {
                Binding row = rows.next();
                sink.quad(new Quad(row.get(G), row.get(S), row.get(P), row.get(O)));
                n++;
            }
            return n;
        });
    }

    /** Sends the union of the named graphs, each triple once, to the sink and returns how many. */
    static long triples(QueryEndpoint endpoint, StreamRDF sink) {
        return endpoint.select(TRIPLES, Map.of(), rows -> {
            long n = 0;
            while (rows.hasNext()) {
                Binding row = rows.next();
                sink.triple(Triple.create(row.get(S), row.get(P), row.get(O)));
                n++;
            }
            return n;
        });
    }
}
