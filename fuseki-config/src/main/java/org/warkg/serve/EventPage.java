package org.warkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.warkg.ontology.KG;
import org.warkg.ontology.SEM;

/**
 * The page of an event: its type, date and how precise it is, place, agent,
 * target, weapons and casualties, then every article's report of it with the
 * claimant, the verification status and the evidence sentence with its offsets.
 * An event several articles report carries each article's figures side by side.
 */
final class EventPage {

    private final GraphReader reader;
    private final Labels labels;

    EventPage(GraphReader reader) {
        this.reader = reader;
        this.labels = new Labels(reader);
    }

    /** The page of the event, which the reader describes. */
    String render(Node event) {
        List<Node> types = reader.objects(event, RDF.type.asNode());
        List<Node> places = reader.objects(event, SEM.hasPlace);
        List<Node> dates = reader.objects(event, SEM.hasTimeStamp);
        HtmlPage page = new HtmlPage(labels.of(event), "Event", event.getURI());
        page.facts(facts(event, types, places, dates));
        reports(event, page);
        return page.render();
    }

    private Map<String, Markup> facts(Node event, List<Node> types, List<Node> places, List<Node> dates) {
        Map<String, Markup> facts = new LinkedHashMap<>();
        facts.put("Type", labels.links(types));
        facts.put("Date", date(event, dates));
        facts.put("Place", labels.links(places));
        facts.put("Agent", either(event, KG.agent, KG.agentText));
        facts.put("Target", either(event, KG.target, KG.targetText));
        facts.put("Weapons", labels.links(reader.objects(event, KG.weapon)));
        facts.put("Killed", labels.links(reader.objects(event, KG.killed)));
        facts.put("Injured", labels.links(reader.objects(event, KG.injured)));
        facts.put("Launched", labels.links(reader.objects(event, KG.launched)));
        facts.put("Shot down", labels.links(reader.objects(event, KG.downed)));
        return facts;
    }

    /** The date with its precision, such as "2024-05 (month)". */
    private Markup date(Node event, List<Node> dates) {
        if (dates.isEmpty()) {
            return Markup.EMPTY;
        }
        List<String> precisions = reader.objects(event, KG.datePrecision).stream()
            .filter(Node::isURI).map(p -> p.getLocalName().replaceFirst("^unit", "").toLowerCase(Locale.ROOT))
            .toList();
        String suffix = precisions.isEmpty() ? "" : " (" + String.join(", ", precisions) + ")";
        return Markup.text(String.join(", ", dates.stream().map(labels::of).toList()) + suffix);
    }

    /** The entities in the property, or else the text the article used when no entity was named. */
    private Markup either(Node event, Node property, Node textProperty) {
        List<Node> entities = reader.objects(event, property);
        return labels.links(entities.isEmpty() ? reader.objects(event, textProperty) : entities);
    }

    /**
     * The story the report is told in, then its article: a live blog's event runs under
     * its own entry's headline, not the page's. A page of one story shows the article alone.
     */
    private Markup source(Node story, Node article) {
        if (story == null || article == null) {
            return labels.link(story != null ? story : article);
        }
        if (labels.of(story).equals(labels.of(article))) {
            return labels.link(article);
        }
        return Markup.join(" ", List.of(labels.link(story), Markup.text("in"), labels.link(article)));
    }

    private void reports(Node event, HtmlPage page) {
        List<List<Markup>> rows = new ArrayList<>();
        for (Map<String, Node> row : reader.select("event-reports", event)) {
            Node claimant = row.get("claimant");
            Node start = row.get("start");
            Node end = row.get("end");
            rows.add(List.of(
                source(row.get("story"), row.get("article")),
                labels.link(claimant != null ? claimant : row.get("claimantText")),
                labels.link(row.get("verification")),
                row.get("exact") == null ? Markup.EMPTY : Markup.element("q", labels.link(row.get("exact"))),
                start == null || end == null ? Markup.EMPTY
                    : Markup.text(labels.of(start) + "\u2013" + labels.of(end)),
                Markup.link(IdPaths.href(row.get("report")), "report")));
        }
        page.heading("Reports");
        if (rows.isEmpty()) {
            page.paragraph(Markup.text("No report of this event."));
        } else {
            page.table(List.of("Article", "Claimant", "Verification", "Evidence", "Offsets", ""), rows);
        }
    }
}
