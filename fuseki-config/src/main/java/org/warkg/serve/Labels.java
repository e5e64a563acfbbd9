package org.warkg.serve;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.warkg.ontology.KG;

/**
 * What a page shows for a node: a literal's text; for a resource its name, an
 * article's headline or file name, a role's label or the ontology's label, else
 * the last segment of its IRI; for a blank node its statements. Links point to
 * the node's page on this server.
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
        return label != null ? label : lastSegment(node.getURI());
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
