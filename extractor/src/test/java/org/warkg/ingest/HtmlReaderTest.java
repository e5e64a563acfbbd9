package org.warkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private final DocumentLoader loader = DocumentLoader.standard();

    @Test
    void takesTheArticleAndItsMetadataWithoutTheFurniture() throws IngestException {
        String html = """
            <!DOCTYPE html><html><head>
            <title>Site | Drones hit Kharkiv</title>
            <meta property="og:title" content="Drones hit Kharkiv">
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2025-06-11T07:30:00+00:00">
            <link rel="canonical" href="https://example.org/news/drones-hit-kharkiv">
            </head><body>
            <nav><a href="/">Home</a> <a href="/war">War</a></nav>
            <div class="share-buttons"><p>Share on Facebook</p></div>
            <article>
              <h1>Drones hit Kharkiv</h1>
              <p>Enemy drones hit a market and a dormitory in Kharkiv at night, killing three people.</p>
              <p>At least 60 people were injured, regional head Oleh Syniehubov said.</p>
              <aside class="newsletter"><p>Sign up for our newsletter</p></aside>
              <div class="author-bio"><p>Jane Roe is a reporter at Example News covering the war.</p></div>
            </article>
            <footer><p>All rights reserved</p></footer>
            </body></html>
            """;
        SourceDocument doc = loader.read("k.html", "k.html", html);

        assertThat(doc.title()).isEqualTo("Drones hit Kharkiv");
        assertThat(doc.outlet()).isEqualTo("Example News");
        assertThat(doc.url()).isEqualTo("https://example.org/news/drones-hit-kharkiv");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 6, 11));
        assertThat(doc.text()).contains("killing three people").contains("Oleh Syniehubov")
            .doesNotContain("Share on Facebook").doesNotContain("newsletter").doesNotContain("Home")
            .doesNotContain("All rights reserved").doesNotContain("Jane Roe");
    }

    @Test
    void readsTheDateFromJsonLdWhenNoMetaTagGivesIt() throws IngestException {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"datePublished\":\"2024-06-04T03:19:00Z\",\"publisher\":{\"@type\":\"Organization\","
            + "\"name\":\"The Example\"}}</script></head><body><article><p>Air defence units intercepted 20 "
            + "drones over the region on June 3, the governor said.</p></article></body></html>";
        SourceDocument doc = loader.read("j.html", "j.html", html);

        assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 6, 4));
        assertThat(doc.outlet()).isEqualTo("The Example");
    }

    @Test
    void refusesAPageWithNoArticleText() {
        String html = "<html><body><nav><a href=\"/\">Home</a></nav><footer>(c) Example</footer></body></html>";
        assertThatThrownBy(() -> loader.read("e.html", "e.html", html))
            .isInstanceOf(IngestException.class).hasMessageContaining("no article text");
    }

    @Test
    void keepsTheHeadlineAndTeaserOfTheArticlesOwnHeader() throws IngestException {
        String html = """
            <html><body>
            <header class="site-header"><h2>Example News</h2><p>Subscribe today</p></header>
            <article>
              <header class="article-header">
                <h1>Ukraine downs Russian Su-35 jet over Kursk Oblast</h1>
                <p class="standfirst">The Air Force said the jet was shot down early on June 7.</p>
                <time datetime="2025-06-07T12:00:00Z">June 7, 2025 12:00 PM</time>
              </header>
              <p>Ukrainian air defence destroyed a Russian Su-35 over Russia's Kursk Oblast, the Air Force
              reported. It is the second such jet downed this year, according to the General Staff.</p>
            </article>
            </body></html>
            """;
        SourceDocument doc = loader.read("h.html", "h.html", html);

        assertThat(doc.text()).startsWith("Ukraine downs Russian Su-35 jet over Kursk Oblast")
            .contains("shot down early on June 7").doesNotContain("Subscribe today");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 6, 7));
        assertThat(doc.stories()).singleElement().satisfies(story -> assertThat(
            doc.text().substring(story.headline().start(), story.headline().end())).startsWith("Ukraine downs"));
    }

    @Test
    void aHeadlineAboveTheArticleElementOpensTheStory() throws IngestException {
        String html = """
            <html><body>
            <div class="hero"><h1>Enemy drones hit two districts of Kharkiv overnight</h1></div>
            <article>
              <p>Enemy drones hit a market and a dormitory in Kharkiv at night, wounding nine people,
              Oleh Syniehubov, the regional head, wrote on Telegram before dawn.</p>
              <p>Mayor Ihor Terekhov said 17 drones struck the city in less than twenty minutes overnight.</p>
            </article>
            </body></html>
            """;
        SourceDocument doc = loader.read("k.html", "k.html", html);

        assertThat(doc.text()).startsWith("Enemy drones hit two districts of Kharkiv overnight\n\n");
    }

    @Test
    void aThemeClassThatNamesFurnitureDoesNotRemoveThePage() throws IngestException {
        String html = """
            <html><body class="single sticky-header has-sidebar">
            <main class="content with-sidebar"><article class="post author-12">
              <p>Ukrainian gunners shot down 40 of 52 drones launched overnight, the military said on
              Wednesday and added that debris fell on two districts of Kyiv and injured four people.</p>
            </article></main>
            <div class="sidebar"><p>Most read: an unrelated story about the weather</p></div>
            </body></html>
            """;
        SourceDocument doc = loader.read("w.html", "w.html", html);

        assertThat(doc.text()).contains("shot down 40 of 52 drones").doesNotContain("weather");
    }

    @Test
    void aPageThatRendersItsTextWithScriptsIsReadFromItsJsonLd() throws IngestException {
        String html = """
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "Example"},
             {"@type": "NewsArticle", "headline": "Drones hit Odesa port",
              "datePublished": "2025-06-10T05:00:00Z",
              "articleBody": "Enemy drones hit a grain terminal in Odesa.\\nAir defences downed 12 of 20 drones."}]}
            </script></head><body><div id="app"><p>Loading...</p></div></body></html>
            """;
        SourceDocument doc = loader.read("o.html", "o.html", html);

        assertThat(doc.text()).contains("Enemy drones hit a grain terminal in Odesa.\n\nAir defences downed 12")
            .doesNotContain("Loading");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 6, 10));
    }

    @Test
    void aMalformedJsonLdBlockIsIgnored() throws IngestException {
        String html = "<html><head><script type=\"application/ld+json\">{not json</script></head><body><article>"
            + "<p>Ukrainian forces repelled four assaults near Pokrovsk on Tuesday, the General Staff said in its "
            + "evening report, adding that fighting continued near two villages.</p></article></body></html>";
        SourceDocument doc = loader.read("m.html", "m.html", html);

        assertThat(doc.text()).contains("repelled four assaults near Pokrovsk");
    }

    @Test
    void aCanonicalLinkHoldingMarkupGivesWayToAValidOgUrl() throws IngestException {
        SourceDocument doc = loader.read("c.html", "c.html", page(
            "<link rel=\"canonical\" href=\"https://bad.example/a&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">"
                + "<meta property=\"og:url\" content=\"https://news.example/2024/port-strike\">"));

        assertThat(doc.url()).isEqualTo("https://news.example/2024/port-strike");
    }

    @Test
    void anAddressNoIriCheckerPassesIsKeptAsStated() throws IngestException {
        SourceDocument doc = loader.read("o.html", "o.html", page(
            "<meta property=\"og:url\" content=\"https://bad.example/a b{c}\">"));

        assertThat(doc.url()).isEqualTo("https://bad.example/a b{c}");
        assertThat(WebIri.isValid(doc.url())).isFalse();
    }

    @Test
    void theJsonLdArticleUrlIsTheAddressWhenTheMarkupGivesNone() throws IngestException {
        SourceDocument doc = loader.read("l.html", "l.html", page("<script type=\"application/ld+json\">"
            + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            + "\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"https://news.example/2024/dam\"}}</script>"));

        assertThat(doc.url()).isEqualTo("https://news.example/2024/dam");
    }

    /** An article page with the given markup in its head. */
    private static String page(String head) {
        return "<html><head>" + head + "</head><body><article><p>A missile struck the port of Odesa overnight, "
            + "damaging a grain terminal, the regional governor said on Telegram.</p></article></body></html>";
    }
}
