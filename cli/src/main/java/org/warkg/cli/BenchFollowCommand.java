package org.warkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

import org.apache.jena.query.QueryExecution;
import org.warkg.follow.ArticleIntake;
import org.warkg.follow.FetchLimits;
import org.warkg.follow.FollowState;
import org.warkg.follow.Follower;
import org.warkg.follow.PageFetcher;
import org.warkg.follow.Report;
import org.warkg.ingest.InputFiles;
import org.warkg.load.ArticleGraphs;
import org.warkg.load.ArticleLoader;
import org.warkg.pipeline.Extractor;
import org.warkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kg bench follow}: how long a followed feed takes to reach the graph. A feed on a loopback
 * site gains items one at a time; for each, the time from its appearing in the feed to its article's
 * events answering a SPARQL query on the server, with {@code kg follow} polling at a set interval. Items
 * appear at random points of the poll cycle, so the median includes half an interval of waiting.
 */
@Command(name = "follow", mixinStandardHelpOptions = true,
    description = "Measure the seconds from an item appearing in a followed feed to its events answering"
        + " a query on a running server (median and 95th percentile).")
final class BenchFollowCommand implements Callable<Integer> {

    private static final Duration QUERY_PAUSE = Duration.ofMillis(20);
    private static final Duration GIVE_UP = Duration.ofMinutes(2);
    private static final long SEED = 16;

    @Option(names = "--endpoint", paramLabel = "URL", required = true,
        description = "The dataset of a running server, e.g. http://127.0.0.1:3030/kg (needs the admin password).")
    String endpoint;

    @Option(names = "--user", paramLabel = "NAME", description = "User for --endpoint (default: admin).")
    String user = "admin";

    @Mixin
    AdminPassword password;

    @Option(names = "--from", paramLabel = "DIR", defaultValue = "samples",
        description = "Articles the site serves, in turn, one per item (default: ${DEFAULT-VALUE}).")
    Path from;

    @Option(names = "--items", paramLabel = "N", defaultValue = "100",
        description = "Items added one after the other (default: ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--every", paramLabel = "TIME", converter = DurationConverter.class, defaultValue = "1s",
        description = "The follower's poll interval (default: ${DEFAULT-VALUE}).")
    Duration every;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<String> articles = new ArrayList<>();
        for (Path file : InputFiles.collect(List.of(from), (path, reason) -> { })) {
            articles.add(Files.readString(file));
        }
        if (articles.isEmpty()) {
            throw new CommandException("No articles in " + from + ".", "Give a folder of .txt or .html files with"
                + " --from DIR.");
        }
        Path state = Files.createTempFile("bench-follow", ".json");
        Files.delete(state);
        List<Double> seconds = new ArrayList<>();
        try (LoopbackSite site = new LoopbackSite();
             GraphStore graphs = StoreTarget.remote(endpoint, user, password.get())) {
            Follower follower = follower(site, graphs, state);
            Thread polling = new Thread(() -> follower.follow(every), "kg-follow");
            polling.start();
            // A prefix of this run keeps the articles of earlier runs on the same server apart.
            String run = "/run-" + System.currentTimeMillis() + "/";
            Random phases = new Random(SEED);
            try {
                for (int i = 0; i < items; i++) {
                    String path = run + i + ".txt";
                    site.page(path, articles.get(i % articles.size()));
                    // A random point of the poll cycle, as news arrives: right after an answer would be in step.
                    Thread.sleep(phases.nextLong(Math.max(1, every.toMillis())));
                    long added = System.nanoTime();
                    site.item(path);
                    awaitEvents(site.url(path));
                    seconds.add((System.nanoTime() - added) / 1e9);
                    if ((i + 1) % 10 == 0) {
                        System.err.printf(Locale.ROOT, "%d/%d items, last %.2f s%n", i + 1, items,
                            seconds.get(i));
                    }
                }
            } finally {
                follower.stop();
                polling.interrupt();
                polling.join();
                Files.deleteIfExists(state);
            }
        }
        seconds.sort(null);
        System.out.printf(Locale.ROOT, "%d items, polled every %.1f s: median %s s, p95 %s s, max %.1f s%n",
            items, every.toMillis() / 1000.0, BenchQueriesCommand.percentile(seconds, 0.5),
            BenchQueriesCommand.percentile(seconds, 0.95), seconds.get(seconds.size() - 1));
        return 0;
    }

    /** kg follow's machinery on the site's feed, writing to the server (which keeps its tallies), reporting nothing. */
    private static Follower follower(LoopbackSite site, GraphStore graphs, Path state) throws IOException {
        Report silent = new Report(new PrintStream(OutputStream.nullOutputStream()));
        ArticleIntake intake = new ArticleIntake(new ArticleLoader(ArticleGraphs.standard(),
            graphs), FollowState.load(state), silent, Clock.systemUTC(), () -> { });
        FetchLimits limits = new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30),
            FetchLimits.DEFAULT_MAX_BYTES, Duration.ZERO, 3, Duration.ofSeconds(10));
        return new Follower(List.of(URI.create(site.url("/feed.xml"))), new PageFetcher(limits,
            FollowCommand.userAgent()), FollowCommand.ROBOT, Extractor.standard(), intake);
    }

    /** Asks the server until the article fetched from the URL has events. */
    private void awaitEvents(String url) throws InterruptedException {
        String ask = "ASK { GRAPH ?g { ?a <https://w3id.org/warkg/ns#sourceFile> \"" + url + "\" ."
            + " ?r <https://w3id.org/warkg/ns#reports> ?e } }";
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (!answers(ask)) {
            if (System.nanoTime() > deadline) {
                throw new CommandException("No events for " + url + " after " + GIVE_UP.toSeconds() + " s.",
                    "Check that the server takes writes and that the articles in --from have events.");
            }
            Thread.sleep(QUERY_PAUSE.toMillis());
        }
    }

    private boolean answers(String ask) {
        try (QueryExecution query = QueryExecution.service(GraphSource.serviceUrl(endpoint)).query(ask).build()) {
            return query.execAsk();
        }
    }
}
