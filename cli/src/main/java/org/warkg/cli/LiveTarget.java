package org.warkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import org.warkg.follow.ArticleIntake;
import org.warkg.follow.FollowState;
import org.warkg.follow.Report;
import org.warkg.load.ArticleGraphs;
import org.warkg.load.ArticleLoader;
import org.warkg.store.GraphStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code kg follow} and {@code kg watch} share: the store they load into, as {@code kg ingest}
 * finds it, and the file beside it that remembers what they have read.
 */
final class LiveTarget {

    @Mixin
    StoreTarget target;

    @Option(names = "--state", paramLabel = "FILE",
        description = "JSON file remembering what was read, across runs (default: beside the store folder,"
            + " store/follow-state.json or store/watch-state.json).")
    Path state;

    @Mixin
    GrowthBound growth;

    /** Opens the store, as kg ingest does. */
    GraphStore open() throws IOException {
        return target.open();
    }

    /** The intake into the opened store, with the state kept in the file of that name unless --state gives one. */
    ArticleIntake intake(GraphStore graphs, String stateName, Report report) throws IOException {
        Path file = state != null ? state : target.folder().toAbsolutePath().resolveSibling(stateName);
        ArticleLoader loader = new ArticleLoader(ArticleGraphs.standard(), graphs);
        Runnable keepGrowth = growth.keep(graphs, target.folder());
        return new ArticleIntake(loader, FollowState.load(file), report, Clock.systemUTC(), () -> {
            target.summarizeAfterLoad(graphs);
            keepGrowth.run();
        });
    }
}
