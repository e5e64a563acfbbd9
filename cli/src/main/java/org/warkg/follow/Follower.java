package org.warkg.follow;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.warkg.pipeline.Extractor;

/**
 * Follows news feeds: each round reads every feed (RSS or Atom) and asks for every page its items
 * link to with a conditional GET, taking in the pages that are new or changed.
 */
public final class Follower {

    private final List<URI> feeds;
    private final PageFetcher fetcher;
    private final RobotsRules robots;
    private final Extractor extractor;
    private final ArticleIntake intake;
    /** The items of each feed as last read, so a feed the server says is unchanged still lists its pages. */
    private final Map<URI, FeedCopy> known = new HashMap<>();
    private volatile boolean stopped;

    public Follower(List<URI> feeds, PageFetcher fetcher, String robotName, Extractor extractor,
                    ArticleIntake intake) {
        this.feeds = List.copyOf(feeds);
        this.fetcher = fetcher;
        this.robots = new RobotsRules(fetcher, robotName);
        this.extractor = extractor;
        this.intake = intake;
    }

    private record FeedCopy(List<URI> items, Validators validators) {
    }

    /** One round: every feed, then each page its items link to, once per round. */
    public void poll() {
        Set<URI> seen = new HashSet<>();
        for (URI feed : feeds) {
            List<URI> items;
            try {
                items = items(feed);
            } catch (FetchException e) {
                intake.failed(feed.toString(), "feed: " + e.getMessage());
                continue;
            }
            for (URI page : items) {
                if (seen.add(page)) {
                    page(feed, page);
                }
            }
        }
        intake.endRound();
    }

    /**
     * Polls until {@link #stop()} or an interrupt, a round starting every {@code every} (or when the last
     * ends). The interrupt is not kept on return: it would close TDB2's file channels under the caller.
     */
    public void follow(Duration every) {
        while (!stopped) {
            long start = System.nanoTime();
            poll();
            try {
                Thread.sleep(Math.max(0, (every.toNanos() - (System.nanoTime() - start)) / 1_000_000));
            } catch (InterruptedException e) {
                return;
            }
        }
        Thread.interrupted();
    }

    /** Ends {@link #follow(Duration)} after the current round; an interrupt of its thread ends the pause. */
    public void stop() {
        stopped = true;
    }

    private List<URI> items(URI feed) throws FetchException {
        if (!robots.allows(feed)) {
            throw new FetchException("robots.txt disallows it");
        }
        FeedCopy copy = known.get(feed);
        Fetched fetched = fetcher.get(feed, copy == null ? Validators.NONE : copy.validators());
        if (fetched.notModified()) {
            return copy.items();
        }
        List<URI> items = FeedReader.links(feed, fetched.body());
        known.put(feed, new FeedCopy(items, fetched.validators()));
        return items;
    }

    private void page(URI feed, URI page) {
        String key = page.toString();
        try {
            if (!robots.allows(page)) {
                intake.skipped(key, "robots.txt disallows it");
                return;
            }
            Fetched fetched = fetcher.get(page, intake.validators(key));
            if (fetched.notModified()) {
                intake.notModified(key);
                return;
            }
            intake.take(key, fetched.body(), () -> extractor.extract(key, fetched.body()), fetched.validators(),
                feed.toString());
        } catch (FetchException e) {
            intake.failed(key, e.getMessage());
        }
    }
}
