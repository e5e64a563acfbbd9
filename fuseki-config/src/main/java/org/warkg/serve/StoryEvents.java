package org.warkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;

/**
 * The events an article or a story tells, as table rows grouped by the story each
 * report names, for {@link ArticlePage} and {@link StoryPage}: one row per report,
 * with the event's type (linking to its page), date, place and agent, and the
 * report's claimant and verification. An event with two places or agents is still
 * one row, its values joined.
 */
final class StoryEvents {

    /** The table's columns. */
    static final List<String> HEADERS = List.of("Event", "Date", "Place", "Agent", "Claimant", "Verification");

    private final GraphReader reader;
    private final Labels labels;

    StoryEvents(GraphReader reader, Labels labels) {
        this.reader = reader;
        this.labels = labels;
    }

    /**
     * The rows of the article's or the story's events by the story they are told in;
     * reports that name no story (articles ingested before stories were recorded) under null.
     */
    Map<Node, List<List<Markup>>> byStory(Node articleOrStory) {
        Map<Node, Map<String, Set<Node>>> reports = new LinkedHashMap<>();
        for (Map<String, Node> row : reader.select("story-events", articleOrStory)) {
            Map<String, Set<Node>> values = reports.computeIfAbsent(row.get("report"), r -> new LinkedHashMap<>());
            row.forEach((name, value) -> values.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(value));
        }
        Map<Node, List<List<Markup>>> rows = new LinkedHashMap<>();
        for (Map<String, Set<Node>> report : reports.values()) {
            Node story = first(report, "story");
            rows.computeIfAbsent(story, s -> new ArrayList<>()).add(row(report));
        }
        return rows;
    }

    private List<Markup> row(Map<String, Set<Node>> report) {
        Node event = first(report, "event");
        List<Node> types = reader.objects(event, RDF.type.asNode()).stream().filter(OntologyTerms::isEventClass)
            .toList();
        String type = types.isEmpty() ? labels.of(event) : String.join(", ", types.stream().map(labels::of).toList());
        return List.of(
            Markup.link(IdPaths.href(event), type),
            values(report, "date"),
            values(report, "place"),
            either(report, "agent", "agentText"),
            either(report, "claimant", "claimantText"),
            values(report, "verification"));
    }

    private Markup values(Map<String, Set<Node>> report, String name) {
        return labels.links(List.copyOf(report.getOrDefault(name, Set.of())));
    }

    /** The entities, or else the text the article used when it named no entity. */
    private Markup either(Map<String, Set<Node>> report, String entity, String text) {
        return report.containsKey(entity) ? values(report, entity) : values(report, text);
    }

    private static Node first(Map<String, Set<Node>> report, String name) {
        Set<Node> values = report.get(name);
        return values == null || values.isEmpty() ? null : values.iterator().next();
    }
}
