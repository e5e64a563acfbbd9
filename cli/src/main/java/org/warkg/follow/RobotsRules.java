package org.warkg.follow;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * What each site's robots.txt allows the follower, read once an hour per site. A site without
 * one (4xx) allows everything; one whose robots.txt fails with 5xx is left alone until it answers.
 */
final class RobotsRules {

    private static final Duration KEEP = Duration.ofHours(1);

    private final PageFetcher fetcher;
    private final List<String> robotNames;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Rules> sites = new ConcurrentHashMap<>();

    /** @param robotName the name robots.txt groups are matched against, e.g. {@code warkg} */
    RobotsRules(PageFetcher fetcher, String robotName) {
        this.fetcher = fetcher;
        this.robotNames = List.of(robotName);
    }

    private record Rules(BaseRobotRules rules, long readNanos) {
    }

    /** Whether robots.txt lets the follower fetch the URL. */
    boolean allows(URI uri) throws FetchException {
        String site = uri.getScheme() + "://" + uri.getRawAuthority();
        Rules known = sites.get(site);
        if (known == null || System.nanoTime() - known.readNanos() > KEEP.toNanos()) {
            known = new Rules(read(site), System.nanoTime());
            sites.put(site, known);
        }
        return known.rules().isAllowed(uri.toString());
    }

    private BaseRobotRules read(String site) throws FetchException {
        String robots = site + "/robots.txt";
        try {
            Fetched fetched = fetcher.get(URI.create(robots), Validators.NONE);
            return parser.parseContent(robots, fetched.body(), "text/plain", robotNames);
        } catch (FetchException e) {
            if (e.status() == 0) {
                throw new FetchException("robots.txt: " + e.getMessage());
            }
            return parser.failedFetch(e.status());
        }
    }
}
