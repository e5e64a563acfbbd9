package org.warkg.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateRequest;

/**
 * An embedded TDB2 database in a folder. Each call of {@link #replaceAll} is one
 * write transaction: a crash mid-way leaves the store as it was before the call.
 */
public final class Tdb2GraphStore implements GraphStore {

    private final DatasetGraph dataset;

    private Tdb2GraphStore(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Opens the database in the folder, creating it when absent. */
    public static Tdb2GraphStore open(Path folder) {
        try {
            return new Tdb2GraphStore(DatabaseMgr.connectDatasetGraph(folder.toString()));
        } catch (RuntimeException e) {
            throw new StoreException("Cannot open TDB2 store " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes through the given dataset, such as a TDB2 database wrapped by the text
     * index the server's configuration assembles, so that indexes follow every
     * replaced graph. The dataset must support write transactions; closing the
     * store closes it.
     */
    public static Tdb2GraphStore wrap(DatasetGraph dataset) {
        return new Tdb2GraphStore(dataset);
    }

    /** An in-memory TDB2 database, for tests. */
    public static Tdb2GraphStore inMemory() {
        return new Tdb2GraphStore(DatabaseMgr.createDatasetGraph());
    }

    /** The underlying dataset, for queries. */
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public void replaceAll(Map<Node, Graph> graphs) {
        Txn.executeWrite(dataset, () -> graphs.forEach((name, content) -> {
            dataset.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            content.find().forEach(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        }));
    }

    @Override
    public void update(UpdateRequest update) {
        Txn.executeWrite(dataset, () -> UpdateAction.execute(update, dataset));
    }

    @Override
    public <T> T select(Query query, Function<ResultSet, T> reader) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
                return reader.apply(qe.execSelect());
            }
        });
    }

    @Override
    public boolean contains(Node graph) {
        return Txn.calculateRead(dataset, () -> dataset.containsGraph(graph));
    }

    @Override
    public StoreCounts counts() {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(StoreCounts.QUERY, DatasetFactory.wrap(dataset))) {
                return StoreCounts.from(qe.execSelect().next());
            }
        });
    }

    @Override
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        dataset.close();
    }
}
