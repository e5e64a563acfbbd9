package org.warkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.warkg.ontology.GEO;
import org.warkg.ontology.KG;

/**
 * The page of a person, organization, unit, place or weapon: its names, types and
 * links, the roles articles give it, the events it takes part in with their dates,
 * places, claimants and verification, and the sentences those reports rest on.
 */
final class EntityPage {

    private final GraphReader reader;
    private final Labels labels;

    EntityPage(GraphReader reader) {
        this.reader = reader;
        this.labels = new Labels(reader);
    }

    /** The page of the entity, which the reader describes. */
    String render(Node entity) {
        List<Node> types = reader.objects(entity, RDF.type.asNode());
        HtmlPage page = new HtmlPage(labels.of(entity),
            String.join(", ", types.stream().map(labels::of).distinct().toList()), entity.getURI());
        page.facts(facts(entity));
        roles(entity, page);
        events(entity, page);
        evidence(entity, page);
        return page.render();
    }

    private Map<String, Markup> facts(Node entity) {
        Map<String, Markup> facts = new LinkedHashMap<>();
        facts.put("Name", labels.links(reader.objects(entity, SchemaDO.name.asNode())));
        facts.put("Also known as", labels.links(reader.objects(entity, SchemaDO.alternateName.asNode())));
        facts.put("Located in", labels.links(reader.objects(entity, SchemaDO.containedInPlace.asNode())));
        List<Node> points = new ArrayList<>();
        reader.objects(entity, GEO.hasGeometry).forEach(g -> points.addAll(reader.objects(g, GEO.asWKT)));
        facts.put("Coordinates", labels.links(points));
        facts.put("Gazetteer id", labels.links(reader.objects(entity, KG.gazetteerId)));
        facts.put("Same as", labels.links(reader.objects(entity, OWL2.sameAs.asNode())));
        return facts;
    }

    private void roles(Node entity, HtmlPage page) {
        List<List<Markup>> rows = new ArrayList<>();
        for (Map<String, Node> row : reader.select("entity-roles", entity)) {
            rows.add(List.of(labels.link(row.get("label")), labels.link(row.get("asOf")),
                labels.link(row.get("article"))));
        }
        if (!rows.isEmpty()) {
            page.heading("Roles").table(List.of("Role", "As of", "Article"), rows);
        }
    }

    private void events(Node entity, HtmlPage page) {
        List<List<Markup>> rows = new ArrayList<>();
        for (Map<String, Node> row : reader.select("entity-events", entity)) {
            Node claimant = row.get("claimant");
            rows.add(List.of(
                labels.link(row.get("date")),
                Markup.link(IdPaths.href(row.get("event")), labels.of(row.get("type"))),
                labels.link(row.get("place")),
                labels.link(row.get("part")),
                labels.link(claimant != null ? claimant : row.get("claimantText")),
                labels.link(row.get("verification")),
                labels.link(row.get("article"))));
        }
        page.heading("Events");
        if (rows.isEmpty()) {
            page.paragraph(Markup.text("No reported event names it."));
        } else {
            page.table(List.of("Date", "Event", "Place", "Part", "Claimant", "Verification", "Article"), rows);
        }
    }

    private void evidence(Node entity, HtmlPage page) {
        List<Map<String, Node>> rows = reader.select("entity-evidence", entity);
        if (rows.isEmpty()) {
            return;
        }
        page.heading("Evidence");
        for (Map<String, Node> row : rows) {
            page.quote(labels.of(row.get("exact")), labels.link(row.get("article")));
        }
    }
}
