package org.warkg.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.ORG;
import org.warkg.ontology.KG;
import org.warkg.ontology.OntologyResources;

/**
 * The RDF a client gets for a resource: what all article graphs state about it,
 * with the blank nodes and sub-resources ({@code <iri>/geometry}) it owns; every
 * statement pointing at it; and in full the reports and roles about it (a report
 * of an event or by a claimant, a role held), with their evidence spans. A client
 * can follow any other IRI in it to the next description.
 */
final class ResourceDescription {

    /** Properties whose subjects are described in full when they point at the resource. */
    private static final List<Node> OWNED_BY_OBJECT = List.of(KG.reports, KG.claimant, ORG.member.asNode());

    /** The ontology's prefixes and {@code id:} for the data, so Turtle output reads like kg.ttl. */
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
        .setNsPrefixes(OntologyResources.ontology().getPrefixMapping())
        .setNsPrefix("id", IdPaths.BASE)
        .lock();

    private final Graph union;

    ResourceDescription(GraphReader reader) {
        this.union = reader.union();
    }

    /** The description of the resource as a new graph. */
    Graph of(Node resource) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(PREFIXES);
        Set<Node> done = new HashSet<>();
        describe(resource, out, done);
        for (Triple in : union.find(Node.ANY, Node.ANY, resource).toList()) {
            out.add(in);
            if (OWNED_BY_OBJECT.contains(in.getPredicate())) {
                describe(in.getSubject(), out, done);
            }
        }
        return out;
    }

    /** Adds the node's statements and, recursively, those of the nodes it owns. */
    private void describe(Node start, Graph out, Set<Node> done) {
        Deque<Node> pending = new ArrayDeque<>(List.of(start));
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (!done.add(node)) {
                continue;
            }
            for (Triple t : union.find(node, Node.ANY, Node.ANY).toList()) {
                out.add(t);
                if (owns(node, t)) {
                    pending.push(t.getObject());
                }
            }
        }
    }

    /**
     * Whether the statement's object belongs to its subject's description: a blank
     * node, an IRI under the subject's ({@code <place>/geometry}), or a report's
     * evidence span.
     */
    private static boolean owns(Node subject, Triple t) {
        Node object = t.getObject();
        return object.isBlank()
            || subject.isURI() && object.isURI() && object.getURI().startsWith(subject.getURI() + "/")
            || t.getPredicate().equals(KG.evidence);
    }
}
