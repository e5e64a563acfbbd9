package org.warkg.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.warkg.rdf.Iris;
import org.warkg.rdf.RecordMapper;
import org.warkg.rdf.Retrieval;
import org.warkg.record.DocumentRecord;

/**
 * Turns records into the article graphs every loader stores: mapped to triples (a
 * triple the mapping states twice is one) and checked against the shapes. Safe to
 * share between threads.
 */
public final class ArticleGraphs {

    private final RecordMapper mapper;
    private final ShapeValidator validator;

    public ArticleGraphs(RecordMapper mapper, ShapeValidator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** With the shipped shapes. */
    public static ArticleGraphs standard() {
        return new ArticleGraphs(new RecordMapper(), ShapeValidator.standard());
    }

    /** The record's graph with its violations. */
    public ArticleGraph of(DocumentRecord record) {
        return of(record, null);
    }

    /** The graph of a record of a fetched page, with how it was fetched (or null), and its violations. */
    public ArticleGraph of(DocumentRecord record, Retrieval retrieval) {
        Graph graph = toGraph(record, retrieval);
        return new ArticleGraph(record, Iris.graph(record), graph, validator.violations(graph));
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
