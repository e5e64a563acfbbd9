package org.warkg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/** Test datasets as Fuseki serves the store: in-memory TDB2 whose default graph is the union of the named graphs. */
final class TestStore {

    private TestStore() {}

    /** A new in-memory dataset holding the TriG file, a class-path resource beside the tests, and its tallies. */
    static DatasetGraph load(String resource) {
        try (InputStream in = TestStore.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return holding(RDFParser.source(in).lang(Lang.TRIG));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new in-memory dataset holding the TriG text and its tallies. */
    static DatasetGraph of(String trig) {
        return holding(RDFParser.fromString(trig, Lang.TRIG));
    }

    private static DatasetGraph holding(RDFParserBuilder source) {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> source.parse(dataset));
        Summaries.refresh(dataset);
        return dataset;
    }
}
