package org.warkg.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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

    private final ArticleGraphs articles;
    private final GraphStore store;

    public ArticleLoader(ArticleGraphs articles, GraphStore store) {
        this.articles = articles;
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
        List<ArticleGraph> prepared = records.parallelStream().map(r -> articles.of(r, retrievals.apply(r)))
            .toList();
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        List<LoadResult.Rejection> rejected = new ArrayList<>();
        long triples = 0;
        for (ArticleGraph p : prepared) {
            if (!p.valid()) {
                rejected.add(new LoadResult.Rejection(p.record().doc(), p.rejection()));
                continue;
            }
            graphs.put(p.name(), p.graph());
            triples += p.graph().size();
        }
        if (!graphs.isEmpty()) {
            store.replaceAll(graphs);
        }
        return new LoadResult(graphs.size(), triples, rejected);
    }
}
