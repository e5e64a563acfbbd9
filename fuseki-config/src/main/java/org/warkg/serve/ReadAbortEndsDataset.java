package org.warkg.serve;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * The served dataset, on which aborting a read transaction only ends it. Fuseki
 * aborts the transaction of a query that fails or times out; on a text dataset
 * over TDB2 every abort rolls the shared Lucene writer back (Jena 5.6), which
 * breaks the write transaction another request has open: its write fails and
 * may leave the store's writer lock taken. A read transaction has nothing to roll
 * back, so ending it is the same for the store and harmless to the writer.
 */
public final class ReadAbortEndsDataset extends DatasetGraphWrapper {

    /**
     * @param dataset the text dataset as assembled; its text index is put in the
     *                dataset's context, where {@code text:query} finds it through this wrapper
     */
    public ReadAbortEndsDataset(DatasetGraph dataset) {
        super(dataset);
        if (dataset instanceof DatasetGraphText text) {
            dataset.getContext().set(TextQuery.textIndex, text.getTextIndex());
        }
    }

    @Override
    public void abort() {
        if (isInTransaction() && transactionMode() == ReadWrite.READ) {
            end();
        } else {
            super.abort();
        }
    }
}
