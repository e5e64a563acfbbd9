package org.warkg.follow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/** The pages an RSS or Atom feed lists, read with ROME. */
final class FeedReader {

    private FeedReader() {}

    /** The links of the feed's items, in feed order, resolved against the feed's URL; only http(s) links. */
    static List<URI> links(URI feed, byte[] body) throws FetchException {
        SyndFeed parsed;
        try {
            parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FetchException("not an RSS or Atom feed: " + e.getMessage());
        }
        List<URI> links = new ArrayList<>();
        for (SyndEntry entry : parsed.getEntries()) {
            String link = link(entry);
            if (link == null) {
                continue;
            }
            try {
                URI uri = feed.resolve(link.strip());
                if ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) {
                    links.add(uri);
                }
            } catch (IllegalArgumentException e) {
                // An item whose link is not a URL names no page to follow.
            }
        }
        return links;
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        return entry.getLinks().stream().map(SyndLink::getHref).filter(h -> h != null && !h.isBlank())
            .findFirst().orElse(null);
    }
}
