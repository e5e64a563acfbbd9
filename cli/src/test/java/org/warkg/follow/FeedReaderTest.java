package org.warkg.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FeedReaderTest {

    private static final URI FEED = URI.create("https://news.example/feeds/war.atom");

    @Test
    void readsTheLinksOfAnAtomFeedResolvedAgainstTheFeed() throws FetchException {
        String atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Front line updates</title>
              <id>urn:example:war</id>
              <updated>2024-06-05T10:00:00Z</updated>
              <entry>
                <title>Night of drone attacks</title>
                <id>urn:example:war:2</id>
                <updated>2024-06-05T10:00:00Z</updated>
                <link rel="alternate" href="/2024/06/05/drones"/>
              </entry>
              <entry>
                <title>Mail link only</title>
                <id>urn:example:war:1</id>
                <updated>2024-06-04T10:00:00Z</updated>
                <link rel="alternate" href="mailto:desk@news.example"/>
              </entry>
            </feed>
            """;
        assertThat(FeedReader.links(FEED, atom.getBytes(StandardCharsets.UTF_8)))
            .containsExactly(URI.create("https://news.example/2024/06/05/drones"));
    }

    @Test
    void aPageThatIsNotAFeedIsRefusedWithTheReason() {
        byte[] html = "<html><body><p>Not a feed at all</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FeedReader.links(FEED, html)).isInstanceOf(FetchException.class)
            .hasMessageStartingWith("not an RSS or Atom feed");
    }

    @Test
    void aFeedWithADoctypeIsRefused() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        assertThatThrownBy(() -> FeedReader.links(FEED, hostile.getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(FetchException.class);
    }
}
