package org.warkg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * The tallies that the library's whole-graph queries read: events per month,
 * casualties per region, events per place and claims per claimant, computed once
 * after a load instead of by every query. The update ({@code summaries.ru}) keeps
 * them in the store's own default graph, which is in no union of named graphs, and
 * replaces them all at once; it runs on a store whose default graph for queries is
 * the union of the named graphs, as Fuseki's {@code tdb2:unionDefaultGraph} makes it.
 */
public final class Summaries {

    /** The graph that holds the tallies: the store's default graph itself. */
    public static final String GRAPH = "urn:x-arq:DefaultGraph";

    private static final String RESOURCE = QueryLibrary.FOLDER + "summaries.ru";

    private Summaries() {}

    /** The update that replaces every tally, to run in one write transaction or send to an update endpoint. */
    public static UpdateRequest update() {
        try (InputStream in = Summaries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + RESOURCE + " on the class path");
            }
            return UpdateFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Replaces the tallies of the dataset in one write transaction: readers see the old ones or the new. */
    public static void refresh(DatasetGraph dataset) {
        UpdateRequest update = update();
        Txn.executeWrite(dataset, () -> UpdateAction.execute(update, dataset));
    }
}
