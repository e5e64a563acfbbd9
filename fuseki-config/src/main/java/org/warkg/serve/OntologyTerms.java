package org.warkg.serve;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.warkg.ontology.OntologyResources;
import org.warkg.ontology.SEM;

/**
 * What the pages take from the ontology ({@code kg.ttl}): the labels of its terms,
 * so a page says "Territorial change" and "not stated" as the ontology does,
 * which classes are events, and the terms themselves for the {@code /ns} page.
 */
final class OntologyTerms {

    private static final Graph ONTOLOGY = OntologyResources.ontology();
    private static final Set<Node> EVENT_CLASSES = Set.copyOf(
        ONTOLOGY.find(Node.ANY, RDFS.subClassOf.asNode(), SEM.Event).mapWith(Triple::getSubject).toSet());
    /** The ontology's prefixes, and rdf: and the other standard ones it uses without declaring. */
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
        .setNsPrefixes(PrefixMapping.Standard).setNsPrefixes(ONTOLOGY.getPrefixMapping()).lock();
    private static final List<Node> LABELS = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode());

    private OntologyTerms() {}

    /** The term's English label in the ontology, or null when it has none. */
    static String label(Node term) {
        for (Node property : LABELS) {
            ExtendedIterator<Triple> it = ONTOLOGY.find(term, property, Node.ANY);
            try {
                while (it.hasNext()) {
                    Node label = it.next().getObject();
                    if (label.isLiteral() && label.getLiteralLanguage().startsWith("en")) {
                        return label.getLiteralLexicalForm();
                    }
                }
            } finally {
                it.close();
            }
        }
        return null;
    }

    /** The ontology as read from {@code kg.ttl}, with its prefixes; not to be changed. */
    static Graph graph() {
        return ONTOLOGY;
    }

    /** The IRI in the ontology's prefixed form ({@code schema:NewsArticle}), or whole when no prefix fits. */
    static String prefixed(Node iri) {
        String uri = iri.getURI();
        String shortForm = PREFIXES.shortForm(uri);
        return shortForm.equals(uri) ? uri : shortForm;
    }

    /** Whether the class is one of the ontology's event classes. */
    static boolean isEventClass(Node type) {
        return SEM.Event.equals(type) || EVENT_CLASSES.contains(type);
    }
}
