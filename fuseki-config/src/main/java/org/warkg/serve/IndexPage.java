package org.warkg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.warkg.ontology.KG;
import org.warkg.ontology.SEM;

/**
 * The page at {@code /id/}, where browsing starts: a search box over names, aliases
 * and headlines, and how many events of each type, entities of each kind and
 * articles, stories and reports the graph holds, each count linking to the list of
 * its members ({@code /id/?type=...}). The search answers at {@code /id/?q=...}.
 */
final class IndexPage {

    /** The kinds of entity an analyst looks for, in the order listed. */
    private static final List<Node> ENTITY_TYPES = List.of(SchemaDO.Person.asNode(),
        SchemaDO.Organization.asNode(), KG.MilitaryUnit, SchemaDO.Place.asNode(), KG.WeaponModel);
    /** Where the events come from, and the posts articles give people. */
    private static final List<Node> SOURCE_TYPES = List.of(KG.Article, KG.Story, KG.Report, KG.Role);
    /** Lists and searches stop here; the SPARQL endpoint has the rest. */
    private static final int LIMIT = 1000;
    private static final int SEARCH_LIMIT = 200;

    private final GraphReader reader;
    private final Labels labels;

    IndexPage(GraphReader reader) {
        this.reader = reader;
        this.labels = new Labels(reader);
    }

    /** The index: the search box and the counts by type. */
    String render() {
        HtmlPage page = start();
        Map<Node, Long> counts = new LinkedHashMap<>();
        for (Map<String, Node> row : reader.select("index-types", Map.of())) {
            counts.put(row.get("type"), ((Number) row.get("count").getLiteralValue()).longValue());
        }
        List<Node> eventTypes = counts.keySet().stream().filter(OntologyTerms::isEventClass)
            .sorted(Comparator.comparing((Node t) -> -counts.get(t)).thenComparing(labels::of)).toList();
        counts(page, "Events", eventTypes, counts, "All events");
        counts(page, "Entities", ENTITY_TYPES, counts, null);
        counts(page, "Sources", SOURCE_TYPES, counts, null);
        return page.render();
    }

    /** The members of a type, named ones by name. */
    String members(Node type) {
        HtmlPage page = start();
        List<Map<String, Node>> rows = reader.select("index-members", Map.of("type", type));
        page.heading(labels.of(type) + " (" + (rows.size() > LIMIT ? "the first " + LIMIT : rows.size()) + ")");
        List<List<Markup>> table = new ArrayList<>();
        for (Map<String, Node> row : rows.subList(0, Math.min(rows.size(), LIMIT))) {
            table.add(List.of(labels.link(row.get("member")), labels.link(row.get("date")),
                labels.link(row.get("place"))));
        }
        if (table.isEmpty()) {
            page.paragraph(Markup.text("The graph holds nothing of this type."));
        } else {
            page.table(List.of("Name", "Date", "Place"), table);
        }
        return page.render();
    }

    /** What the search words find: resources named, aliased or headlined with them. */
    String search(String words) {
        HtmlPage page = start(words);
        results(page, words, "Nothing in the graph is named or headlined \u201c" + words.strip() + "\u201d.");
        return page.render();
    }

    /**
     * The page for an IRI the graph does not describe: says so, and offers what the
     * words of its last segment find ({@code /id/place/kharkiv} finds the city under its real id).
     */
    String notFound(String name, Node iri) {
        HtmlPage page = new HtmlPage("Not found", "Nothing in the graph is called " + name + ".", "");
        String words = iri == null ? "" : iri.getURI().replaceAll(".*/", "").replace('-', ' ').strip();
        page.searchForm(IdPaths.PATH, "Search names and headlines:", words);
        if (!words.isEmpty()) {
            results(page, words, "Nothing is named or headlined \u201c" + words + "\u201d either.");
        }
        return page.render();
    }

    private HtmlPage start() {
        return start(null);
    }

    private HtmlPage start(String words) {
        HtmlPage page = new HtmlPage("War-news knowledge graph",
            "Events, the people, organizations, units, places and weapons in them, and the articles that "
                + "report them.", IdPaths.BASE);
        page.searchForm(IdPaths.PATH, "Search names, aliases and headlines:", words);
        return page;
    }

    private void results(HtmlPage page, String words, String none) {
        Node key = NodeFactory.createLiteralString(words.strip().toLowerCase(Locale.ROOT));
        List<Map<String, Node>> rows = key.getLiteralLexicalForm().isEmpty() ? List.of()
            : reader.select("index-search", Map.of("words", key));
        page.heading("Found");
        if (rows.isEmpty()) {
            page.paragraph(Markup.text(none));
            return;
        }
        List<List<Markup>> table = new ArrayList<>();
        for (Map<String, Node> row : rows.subList(0, Math.min(rows.size(), SEARCH_LIMIT))) {
            Node match = row.get("match");
            table.add(List.of(labels.link(match), Markup.text(kinds(match)),
                Markup.element("code", Markup.text(IdPaths.href(match).substring(IdPaths.PATH.length())))));
        }
        page.table(List.of("Name", "Type", "Id"), table);
        if (rows.size() > SEARCH_LIMIT) {
            page.paragraph(Markup.text("Only the first " + SEARCH_LIMIT + " are listed: add words to narrow it."));
        }
    }

    /** The resource's types, leaving out SEM's generic Actor and Place when a more telling type is there. */
    private String kinds(Node resource) {
        List<Node> types = reader.objects(resource, RDF.type.asNode());
        Predicate<Node> generic = t -> t.equals(SEM.Actor) || t.equals(SEM.Place);
        List<Node> shown = types.stream().allMatch(generic) ? types : types.stream().filter(generic.negate()).toList();
        return String.join(", ", shown.stream().map(labels::of).distinct().toList());
    }

    /** A table of types and their counts, each count linking to the type's members; types the graph lacks show 0. */
    private void counts(HtmlPage page, String heading, List<Node> types, Map<Node, Long> counts, String total) {
        page.heading(heading);
        List<List<Markup>> rows = new ArrayList<>();
        long sum = 0;
        for (Node type : types) {
            long count = counts.getOrDefault(type, 0L);
            sum += count;
            rows.add(List.of(Markup.link(IdPaths.href(type), labels.of(type)),
                count == 0 ? Markup.text("0") : Markup.link(membersHref(type), Long.toString(count))));
        }
        if (total != null) {
            rows.add(List.of(Markup.text(total), Markup.text(Long.toString(sum))));
        }
        if (types.isEmpty()) {
            page.paragraph(Markup.text("None yet: ingest articles with ./kg ingest."));
        } else {
            page.table(List.of("Type", "Count"), rows);
        }
    }

    private static String membersHref(Node type) {
        return IdPaths.PATH + "?type=" + URLEncoder.encode(type.getURI(), StandardCharsets.UTF_8);
    }
}
