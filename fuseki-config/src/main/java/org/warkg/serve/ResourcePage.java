package org.warkg.serve;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The page of any other resource of the graph (an article, a report, an evidence
 * span, an article graph): what the graph states about it, one row per statement,
 * and what refers to it.
 */
final class ResourcePage {

    private final GraphReader reader;
    private final Labels labels;

    ResourcePage(GraphReader reader) {
        this.reader = reader;
        this.labels = new Labels(reader);
    }

    /** The page of the resource, which the reader describes. */
    String render(Node resource) {
        List<Node> types = reader.objects(resource, RDF.type.asNode());
        HtmlPage page = new HtmlPage(labels.of(resource),
            String.join(", ", types.stream().map(labels::of).distinct().toList()), resource.getURI());
        List<List<Markup>> rows = new ArrayList<>();
        for (Triple t : reader.union().find(resource, Node.ANY, Node.ANY).toList()) {
            rows.add(List.of(Markup.link(IdPaths.href(t.getPredicate()), labels.of(t.getPredicate())),
                labels.link(t.getObject())));
        }
        page.heading("Statements").table(List.of("Property", "Value"), rows);
        List<List<Markup>> references = new ArrayList<>();
        for (Triple t : reader.union().find(Node.ANY, Node.ANY, resource).toList()) {
            references.add(List.of(labels.link(t.getSubject()),
                Markup.link(IdPaths.href(t.getPredicate()), labels.of(t.getPredicate()))));
        }
        if (!references.isEmpty()) {
            page.heading("Referred to by").table(List.of("Resource", "Property"), references);
        }
        return page.render();
    }
}
