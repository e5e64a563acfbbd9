package org.warkg.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads an HTML news page with Jsoup: the main article text without navigation,
 * ads, prompts, share buttons and footers, plus the title, publication date,
 * canonical URL and outlet the markup declares. The text is then split into
 * stories like a text dump, so live blogs in HTML get the same treatment.
 */
public final class HtmlReader implements DocumentReader {

    /** Markup that never holds article text. */
    private static final String FURNITURE = String.join(",",
        "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "nav", "header",
        "footer", "aside", "[role=navigation]", "[role=banner]",
        "[role=contentinfo]", "[aria-hidden=true]",
        "[class~=(?i)(^|[-_ ])(nav|menu|share|social|subscri|newsletter|promo|advert|ad|ads|banner|cookie"
            + "|related|recommend|comments?|footer|header|sidebar|paywall|popup|modal|breadcrumbs?|author|byline|bio"
            + ")([-_ ]|$)]",
        "[id~=(?i)(^|[-_ ])(nav|menu|share|social|subscri|newsletter|promo|advert|ads|banner|cookie"
            + "|related|comments?|footer|header|sidebar|paywall|popup|modal)([-_ ]|$)]");
    /** Elements whose text makes a paragraph of its own. */
    private static final String BLOCKS = "h1,h2,h3,h4,p,li,blockquote,pre,time,figcaption";
    /** Fewer words than this make a site's name, not a headline. */
    private static final int HEADLINE_WORDS = 4;
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JSON_LD_PUBLISHER =
        Pattern.compile("\"publisher\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");

    private final TextDumpReader text;
    private final DatelineParser datelines;

    public HtmlReader(TextDumpReader text, DatelineParser datelines) {
        this.text = text;
        this.datelines = datelines;
    }

    @Override
    public SourceDocument read(String id, String source, String content) throws IngestException {
        Document page = Jsoup.parse(content);
        String headline = headline(page);
        PageInfo info = pageInfo(page, headline);
        String stated = JsonLdArticle.body(page);
        for (Element furniture : page.select(FURNITURE)) {
            if (isArticleHeader(furniture)) {
                // Its time stamp is the page's date, already read, and no break between stories.
                furniture.select("time").remove();
            } else if (!holdsArticle(furniture)) {
                furniture.remove();
            }
        }
        Element main = mainElement(page);
        String shown = paragraphs(main);
        // A page that shows less than half the text its JSON-LD states is a script-rendered or teaser page.
        String body = shown.length() * 2 < stated.length() ? paragraphsOf(stated) : shown;
        if (body.isBlank()) {
            throw new IngestException("HTML page with no article text");
        }
        return text.read(id, source, withHeadline(headline, body), info);
    }

    /**
     * Whether the element is or holds the article, whatever its class says: a theme's
     * {@code <body class="sticky-header">} or {@code <main class="with-sidebar">} is the page.
     */
    private static boolean holdsArticle(Element element) {
        return element.is("html, body") || !element.select("article, main, [itemprop=articleBody]").isEmpty();
    }

    /** The header of an article, which holds its headline and teaser: text, not furniture. */
    private static boolean isArticleHeader(Element element) {
        return element.selectFirst("h1") != null && element.parent() != null
            && element.parent().closest("article, [itemprop=articleBody]") != null;
    }

    /** A headline set above the article's element (a hero banner) is still the story's first line. */
    private static String withHeadline(String headline, String body) {
        return headline == null || body.contains(headline) ? body : headline + "\n\n" + body;
    }

    /** The first h1, unless it is too short to be more than a site's name. */
    private static String headline(Document page) {
        Element h1 = page.selectFirst("h1");
        String text = h1 == null ? "" : h1.text().strip();
        return text.split("\\s+").length < HEADLINE_WORDS ? null : text;
    }

    private PageInfo pageInfo(Document page, String headline) {
        String title = firstNonBlank(headline, meta(page, "og:title"), page.title());
        String url = WebIri.choose(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "og:url"),
            JsonLdArticle.url(page));
        String jsonLd = page.select("script[type=application/ld+json]").html();
        String outlet = firstNonBlank(meta(page, "og:site_name"), group(JSON_LD_PUBLISHER, jsonLd), host(url));
        LocalDate published = Optional.ofNullable(meta(page, "article:published_time"))
            .flatMap(datelines::findDate)
            .or(() -> Optional.ofNullable(group(JSON_LD_DATE, jsonLd)).flatMap(datelines::findDate))
            .or(() -> Optional.ofNullable(attr(page.selectFirst("time[datetime]"), "datetime"))
                .flatMap(datelines::findDate))
            .orElse(null);
        return new PageInfo(title, published, url, outlet);
    }

    /** The {@code <article>} or {@code <main>} element, else the element with most paragraph text. */
    private static Element mainElement(Document page) {
        Elements articles = page.select("article, main, [itemprop=articleBody]");
        Element best = null;
        int bestLength = 0;
        for (Element candidate : articles) {
            int length = candidate.select("p").text().length();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        if (best != null && bestLength > 200) {
            return best;
        }
        Element body = page.body();
        return body == null ? page : body;
    }

    private static String paragraphs(Element main) {
        StringBuilder out = new StringBuilder();
        Elements blocks = main.select(BLOCKS);
        if (blocks.isEmpty()) {
            return main.text();
        }
        for (Element block : blocks) {
            if (!block.select(BLOCKS).stream().allMatch(e -> e == block)) {
                continue;
            }
            String line = block.text().strip();
            if (!line.isEmpty()) {
                out.append(line).append("\n\n");
            }
        }
        return out.toString();
    }

    /** JSON-LD text with its line breaks as paragraph breaks. */
    private static String paragraphsOf(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", "\n\n");
    }

    private static String meta(Document page, String property) {
        Element e = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return attr(e, "content");
    }

    private static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String value = e.attr(name).strip();
        return value.isEmpty() ? null : value;
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
