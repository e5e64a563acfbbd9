package org.warkg.cli;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.warkg.follow.FetchLimits;
import org.warkg.follow.Follower;
import org.warkg.follow.PageFetcher;
import org.warkg.follow.Report;
import org.warkg.pipeline.Extractor;
import org.warkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg follow URL... [--every 60s] [--once]}: keep the graph up to date with news feeds. */
@Command(name = "follow", mixinStandardHelpOptions = true,
    description = "Poll RSS and Atom feeds and load each new or changed article they link to, as kg ingest"
        + " does; one line per article: new, updated, unchanged, skipped or failed.")
final class FollowCommand implements Callable<Integer> {

    /** The name robots.txt rules are matched against. */
    static final String ROBOT = "warkg";
    private static final Duration LONGEST_BACK_OFF = Duration.ofMinutes(2);
    private static final int ATTEMPTS = 3;

    @Parameters(arity = "1..*", paramLabel = "URL", description = "RSS 2.0 or Atom feeds (http or https).")
    List<URI> feeds;

    @Mixin
    LiveTarget live;

    @Option(names = "--every", paramLabel = "TIME", converter = DurationConverter.class, defaultValue = "60s",
        description = "Pause between the starts of two rounds (default: ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--once", description = "One round, then exit: 1 if any feed or article failed.")
    boolean once;

    @Option(names = "--delay", paramLabel = "TIME", converter = DurationConverter.class, defaultValue = "1s",
        description = "Pause between two requests to the same host (default: ${DEFAULT-VALUE}).")
    Duration delay;

    @Option(names = "--connect-timeout", paramLabel = "TIME", converter = DurationConverter.class,
        defaultValue = "10s", description = "Longest wait for a connection (default: ${DEFAULT-VALUE}).")
    Duration connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "TIME", converter = DurationConverter.class,
        defaultValue = "30s", description = "Longest wait for a whole response (default: ${DEFAULT-VALUE}).")
    Duration readTimeout;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + FetchLimits.DEFAULT_MAX_BYTES,
        description = "Largest page or feed read, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Override
    public Integer call() throws IOException {
        for (URI feed : feeds) {
            if (!"http".equals(feed.getScheme()) && !"https".equals(feed.getScheme())) {
                throw new CommandException("'" + feed + "' is not an http or https URL.",
                    "Give the feed's full address, e.g. https://example.org/feed.xml.", 2);
            }
        }
        Report report = new Report(System.out);
        try (GraphStore graphs = live.open()) {
            FetchLimits limits = new FetchLimits(connectTimeout, readTimeout, maxBytes, delay, ATTEMPTS,
                LONGEST_BACK_OFF);
            Follower follower = new Follower(feeds, new PageFetcher(limits, userAgent()), ROBOT, Extractor.standard(),
                live.intake(graphs, "follow-state.json", report));
            if (once) {
                follower.poll();
            } else {
                follower.follow(every);
            }
            System.err.println("follow: " + report.summary() + "; the store holds " + graphs.counts());
        }
        return report.count(Report.Status.FAILED) == 0 ? 0 : 1;
    }

    /** Names the project and its version, so that site owners know who is asking. */
    static String userAgent() {
        return "warkg/" + Extractor.version() + " (war-news knowledge graph; kg follow)";
    }
}
