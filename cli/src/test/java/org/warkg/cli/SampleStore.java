package org.warkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.warkg.queries.Summaries;

/** The two-article fixture {@code sample.trig}, in memory or written to a TDB2 store on disk. */
final class SampleStore {

    private SampleStore() {}

    /** The fixture as an in-memory dataset, to compare exports with. */
    static DatasetGraph inMemory() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        parse(dataset);
        return dataset;
    }

    /**
     * Creates a TDB2 store in the folder holding the fixture and releases it, lock included,
     * so that another process (a {@code kg serve} in a child JVM) may open it.
     */
    static Path create(Path folder) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(folder.toString());
        Txn.executeWrite(dataset, () -> parse(dataset));
        TDBInternal.expel(dataset);
        return folder;
    }

    /** The same store with its tallies, as a load leaves it, for the queries and exports that read them. */
    static Path summarized(Path folder) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(create(folder).toString());
        // Rebuilt as served: the default graph of queries is the union of the article graphs.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Summaries.refresh(dataset);
        TDBInternal.expel(dataset);
        return folder;
    }

    private static void parse(DatasetGraph dataset) {
        try (InputStream in = SampleStore.class.getResourceAsStream("sample.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
