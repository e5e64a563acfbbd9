package org.warkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The page of one namespace of the ontology ({@code /ns}, {@code /acled},
 * {@code /cameo}): every term it defines under an anchor named after the term, so
 * a link to {@code /ns#Attack} opens at the attack class. Classes first, then
 * properties, then named values (verification statuses, mapping concepts), each
 * with its label, its comment and the other statements {@code kg.ttl} makes about it.
 */
final class OntologyPage {

    private static final Set<Node> PROPERTY_KINDS = Set.of(OWL2.ObjectProperty.asNode(),
        OWL2.DatatypeProperty.asNode(), OWL2.AnnotationProperty.asNode());
    /** Shown as the term's text rather than among its statements. */
    private static final Set<Node> TEXTS = Set.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
        RDFS.comment.asNode(), SKOS.definition.asNode());

    private final Graph ontology = OntologyTerms.graph();

    /** The page of the namespace, such as {@code https://w3id.org/warkg/ns#}, served at the path. */
    String render(String namespace, String path) {
        Node document = NodeFactory.createURI(namespace.substring(0, namespace.length() - 1));
        String title = text(document, RDFS.label.asNode());
        HtmlPage page = new HtmlPage(title != null ? title : "Terms of " + namespace,
            "Namespace " + namespace, "");
        String description = text(document, DCTerms.description.asNode());
        if (description != null) {
            page.paragraph(Markup.text(description));
        }
        page.paragraph(Markup.join(" ", List.of(Markup.text("The whole ontology as Turtle:"),
            Markup.link(path + ".ttl", path + ".ttl"))));
        List<Node> terms = ontology.find(Node.ANY, Node.ANY, Node.ANY).mapWith(Triple::getSubject)
            .filterKeep(s -> s.isURI() && s.getURI().startsWith(namespace)).toSet().stream()
            .sorted(Comparator.comparing(Node::getURI, String.CASE_INSENSITIVE_ORDER)).toList();
        Map<String, List<Node>> groups = new LinkedHashMap<>();
        groups.put("Classes", new ArrayList<>());
        groups.put("Properties", new ArrayList<>());
        groups.put("Values", new ArrayList<>());
        for (Node term : terms) {
            groups.get(group(term)).add(term);
        }
        groups.forEach((heading, members) -> {
            if (!members.isEmpty()) {
                page.heading(heading);
                members.forEach(term -> term(term, namespace, page));
            }
        });
        return page.render();
    }

    private String group(Node term) {
        List<Node> kinds = ontology.find(term, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        if (kinds.contains(OWL2.Class.asNode())) {
            return "Classes";
        }
        return kinds.stream().anyMatch(PROPERTY_KINDS::contains) ? "Properties" : "Values";
    }

    private void term(Node term, String namespace, HtmlPage page) {
        String local = term.getURI().substring(namespace.length());
        String label = OntologyTerms.label(term);
        page.subheading(label == null || label.equalsIgnoreCase(local) ? local : local + " \u2013 " + label, local);
        page.paragraph(Markup.element("code", Markup.text(term.getURI())));
        String comment = firstNonNull(text(term, RDFS.comment.asNode()), text(term, SKOS.definition.asNode()));
        if (comment != null) {
            page.paragraph(Markup.text(comment));
        }
        Map<String, List<Markup>> facts = new LinkedHashMap<>();
        for (Triple t : ontology.find(term, Node.ANY, Node.ANY).toList()) {
            if (!TEXTS.contains(t.getPredicate())) {
                facts.computeIfAbsent(OntologyTerms.prefixed(t.getPredicate()), k -> new ArrayList<>())
                    .add(value(t.getObject()));
            }
        }
        Map<String, Markup> joined = new LinkedHashMap<>();
        facts.forEach((property, values) -> joined.put(property, Markup.join(", ", values)));
        page.facts(joined);
    }

    private static Markup value(Node node) {
        if (node.isURI()) {
            return Markup.link(IdPaths.href(node), OntologyTerms.prefixed(node));
        }
        return Markup.text(node.isLiteral() ? node.getLiteralLexicalForm() : node.toString());
    }

    /** The English (or untagged) text of the property, or null. */
    private String text(Node subject, Node property) {
        return ontology.find(subject, property, Node.ANY).mapWith(Triple::getObject)
            .filterKeep(o -> o.isLiteral() && (o.getLiteralLanguage().isEmpty()
                || o.getLiteralLanguage().startsWith("en")))
            .mapWith(Node::getLiteralLexicalForm).nextOptional().orElse(null);
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
