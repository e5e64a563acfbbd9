package org.warkg.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.warkg.rdf.Iris;
import org.warkg.rdf.RecordMapper;
import org.warkg.rdf.Retrieval;
import org.warkg.record.DocumentRecord;
import org.warkg.store.GraphStore;

/**
 * Loads extraction records into a store: maps each to its article graph,
 * validates it against the shapes, and replaces the stored graphs of a whole
 * batch in one transaction. An invalid record is rejected with its violations;
 * the rest of the batch is stored.
 */
public final class ArticleLoader {

    private final RecordMapper mapper;
    private final ShapeValidator validator;
    private final GraphStore store;

    public ArticleLoader(RecordMapper mapper, ShapeValidator validator, GraphStore store) {
        this.mapper = mapper;
        this.validator = validator;
        this.store = store;
    }

    /**
     * Loads a batch of records in one transaction. Mapping and validation, the
     * costly part, run on all cores before the transaction starts.
     */
    public LoadResult load(List<DocumentRecord> records) {
        return load(records, r -> null);
    }

    /** Loads one record of a fetched page, with how it was fetched, in a transaction of its own. */
    public LoadResult load(DocumentRecord record, Retrieval retrieval) {
        return load(List.of(record), r -> retrieval);
    }

    private LoadResult load(List<DocumentRecord> records, Function<DocumentRecord, Retrieval> retrievals) {
        List<Prepared> prepared = records.parallelStream()
            .map(r -> {
                Graph graph = toGraph(r, retrievals.apply(r));
                return new Prepared(r, graph, validator.violations(graph));
            })
            .toList();
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        List<LoadResult.Rejection> rejected = new ArrayList<>();
        long triples = 0;
        for (Prepared p : prepared) {
            if (!p.violations().isEmpty()) {
                rejected.add(new LoadResult.Rejection(p.record().doc(),
                    "does not fit the shapes: " + ShapeValidator.summary(p.violations())));
                continue;
            }
            graphs.put(Iris.graph(p.record()), p.graph());
            triples += p.graph().size();
        }
        if (!graphs.isEmpty()) {
            store.replaceAll(graphs);
        }
        return new LoadResult(graphs.size(), triples, rejected);
    }

    private record Prepared(DocumentRecord record, Graph graph, List<String> violations) {
    }

    /** The record's article graph, as triples. */
    public Graph toGraph(DocumentRecord record) {
        return toGraph(record, null);
    }

    /** The graph of a record of a fetched page, with how it was fetched (or null). */
    public Graph toGraph(DocumentRecord record, Retrieval retrieval) {
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                graph.add(quad.asTriple());
            }
        };
        sink.start();
        mapper.map(record, retrieval, sink);
        sink.finish();
        return graph;
    }
}
