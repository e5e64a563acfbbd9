package org.warkg.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.warkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code kg summarize [--store DIR | --endpoint URL]}: rebuild the tallies the dashboard queries read and, for a
 * local store, the optimiser's statistics.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
    description = "Rebuild the store's tallies (events per month, casualties per region, events per place, claims"
        + " per claimant) that the library's dashboard queries read, and a local store's statistics for Jena's"
        + " optimiser. Loads rebuild both; this is for a store written by other means.")
final class SummarizeCommand implements Callable<Integer> {

    @Mixin
    StoreTarget target;

    @Override
    public Integer call() throws IOException {
        try (GraphStore graphs = target.open()) {
            return StoreTarget.summarize(graphs) ? 0 : 1;
        }
    }
}
