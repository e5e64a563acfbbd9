package org.warkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SchemaDO;
import org.warkg.ontology.KG;

/**
 * The page of an article: where it comes from (headline, date, outlet, link, file),
 * then each story of its page in page order, with the story's own headline and date
 * and the events told in it, then the entities it mentions. A live blog's events sit
 * under the entries that tell them, not under the page's first headline.
 */
final class ArticlePage {

    private final GraphReader reader;
    private final Labels labels;

    ArticlePage(GraphReader reader) {
        this.reader = reader;
        this.labels = new Labels(reader);
    }

    /** The page of the article, which the reader describes. */
    String render(Node article) {
        List<Map<String, Node>> stories = reader.select("article-stories", article);
        HtmlPage page = new HtmlPage(labels.of(article),
            stories.size() > 1 ? "Article of " + stories.size() + " stories" : "Article", article.getURI());
        page.facts(facts(article));
        Map<Node, List<List<Markup>>> events = new StoryEvents(reader, labels).byStory(article);
        page.heading("Stories");
        if (stories.isEmpty()) {
            page.paragraph(Markup.text("The page's stories were not recorded: ingest it again to see them."));
        }
        for (Map<String, Node> story : stories) {
            story(story, events.getOrDefault(story.get("story"), List.of()), page);
        }
        List<List<Markup>> outside = events.getOrDefault(null, List.of());
        if (!outside.isEmpty()) {
            page.heading(stories.isEmpty() ? "Events" : "Events in no story").table(StoryEvents.HEADERS, outside);
        }
        mentions(article, page);
        return page.render();
    }

    private Map<String, Markup> facts(Node article) {
        Map<String, Markup> facts = new LinkedHashMap<>();
        facts.put("Headline", labels.links(reader.objects(article, SchemaDO.headline.asNode())));
        facts.put("Published", labels.links(reader.objects(article, SchemaDO.datePublished.asNode())));
        facts.put("Outlet", labels.links(reader.objects(article, SchemaDO.publisher.asNode())));
        facts.put("Link", Markup.join(", ", reader.objects(article, SchemaDO.url.asNode()).stream()
            .map(url -> url.isURI() ? Markup.link(url.getURI(), url.getURI()) : labels.link(url)).toList()));
        facts.put("Source file", labels.links(reader.objects(article, KG.sourceFile)));
        return facts;
    }

    /** One story: its position, headline and date as a heading and line, then its events. */
    private void story(Map<String, Node> story, List<List<Markup>> events, HtmlPage page) {
        Node position = story.get("position");
        Node headline = story.get("headline");
        String number = position == null ? "" : labels.of(position) + ". ";
        page.subheading(number + (headline == null ? "(no headline)" : labels.of(headline)),
            position == null ? null : "story-" + labels.of(position));
        List<Markup> line = new ArrayList<>();
        if (story.get("date") != null) {
            line.add(labels.link(story.get("date")));
        }
        if (story.get("outlet") != null) {
            line.add(labels.link(story.get("outlet")));
        }
        line.add(Markup.link(IdPaths.href(story.get("story")), "story page"));
        page.paragraph(Markup.join(" \u00b7 ", line));
        if (events.isEmpty()) {
            page.paragraph(Markup.text("No event found in this story."));
        } else {
            page.table(StoryEvents.HEADERS, events);
        }
    }

    /** The entities the article mentions, by name. */
    private void mentions(Node article, HtmlPage page) {
        List<Node> mentioned = reader.objects(article, SchemaDO.mentions.asNode()).stream()
            .sorted(Comparator.comparing(labels::of, String.CASE_INSENSITIVE_ORDER)).toList();
        if (!mentioned.isEmpty()) {
            page.heading("Mentions (" + mentioned.size() + ")").paragraph(labels.links(mentioned));
        }
    }
}
