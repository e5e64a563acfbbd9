package org.warkg.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * The page of one story of an article's page (a live-blog entry, a feed item, a
 * digest item): its headline, date, outlet and place on the page, the article it is
 * part of, and the events told in it.
 */
final class StoryPage {

    private final GraphReader reader;
    private final Labels labels;

    StoryPage(GraphReader reader) {
        this.reader = reader;
        this.labels = new Labels(reader);
    }

    /** The page of the story, which the reader describes. */
    String render(Node story) {
        Node article = reader.object(story, SchemaDO.isPartOf.asNode());
        HtmlPage page = new HtmlPage(labels.of(story),
            article == null ? "Story" : "Story of \u201c" + labels.of(article) + "\u201d", story.getURI());
        Map<String, Markup> facts = new LinkedHashMap<>();
        facts.put("Headline", labels.links(reader.objects(story, SchemaDO.headline.asNode())));
        facts.put("Published", labels.links(reader.objects(story, SchemaDO.datePublished.asNode())));
        facts.put("Outlet", labels.links(reader.objects(story, SchemaDO.publisher.asNode())));
        facts.put("Position on the page", labels.links(reader.objects(story, SchemaDO.position.asNode())));
        facts.put("Part of", labels.links(reader.objects(story, SchemaDO.isPartOf.asNode())));
        page.facts(facts);
        List<List<Markup>> events = new StoryEvents(reader, labels).byStory(story).getOrDefault(story, List.of());
        page.heading("Events");
        if (events.isEmpty()) {
            page.paragraph(Markup.text("No event found in this story."));
        } else {
            page.table(StoryEvents.HEADERS, events);
        }
        return page.render();
    }
}
