package org.warkg.serve;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.warkg.ontology.KG;
import org.warkg.ontology.SEM;

/**
 * What a page shows for a node: a literal's text; for a resource its name, an
 * article's headline or file name, a role's label or the ontology's label, an
 * event's type, place and date, a story's position, else the last segment of its
 * IRI; for a blank node its statements. Links point to the node's page on this server.
 */
final class Labels {

    private static final List<Node> NAMES = List.of(SchemaDO.name.asNode(), SchemaDO.headline.asNode(),
        KG.sourceFile, KG.roleLabel);

    private final GraphReader reader;

    Labels(GraphReader reader) {
        this.reader = reader;
    }

    /** The text that stands for the node. */
    String of(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        if (node.isBlank()) {
            return inline(node);
        }
        for (Node property : NAMES) {
            Node name = reader.object(node, property);
            if (name != null && name.isLiteral()) {
                return name.getLiteralLexicalForm();
            }
        }
        String label = OntologyTerms.label(node);
        if (label != null) {
            return label;
        }
        String described = described(node);
        return described != null ? described : lastSegment(node.getURI());
    }

    /**
     * A nameless record by what it is: an event as "Attack in Kharkiv, 2024-05-10", a story
     * without a headline as "Story 3", since an event's id is a hash and a story's a number.
     */
    private String described(Node node) {
        List<Node> types = reader.objects(node, RDF.type.asNode());
        if (types.stream().anyMatch(OntologyTerms::isEventClass)) {
            Node place = reader.object(node, SEM.hasPlace);
            Node date = reader.object(node, SEM.hasTimeStamp);
            return String.join(", ", types.stream().map(this::of).distinct().toList())
                + (place == null ? "" : " in " + of(place)) + (date == null ? "" : ", " + of(date));
        }
        Node position = reader.object(node, SchemaDO.position.asNode());
        if (types.contains(KG.Story) && position != null) {
            return "Story " + of(position);
        }
        return null;
    }

    /** The node as a link to its page (resources) or as text (literals). */
    Markup link(Node node) {
        if (node == null) {
            return Markup.EMPTY;
        }
        return node.isURI() ? Markup.link(IdPaths.href(node), of(node)) : Markup.text(of(node));
    }

    /** The nodes as links, comma-separated. */
    Markup links(List<Node> nodes) {
        return Markup.join(", ", nodes.stream().map(this::link).toList());
    }

    /** A blank node (such as an evidence selector) as its statements: "exact: ...; start: 12". */
    private String inline(Node blank) {
        return String.join("; ", reader.union().find(blank, Node.ANY, Node.ANY)
            .filterDrop(t -> t.getPredicate().equals(RDF.type.asNode()))
            .mapWith(t -> of(t.getPredicate()) + ": " + of(t.getObject())).toList());
    }

    private static String lastSegment(String iri) {
        String trimmed = iri.replaceAll("[/#]+$", "");
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
        return cut >= 0 && cut < trimmed.length() - 1 ? trimmed.substring(cut + 1) : iri;
    }
}
