package org.warkg.queries;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * The names of the entities in a result, looked up in one query, so that a table
 * for reading can show "Kursk Oblast" where the row holds its IRI.
 */
public final class EntityLabels {

    private static final Var ENTITY = Var.alloc("entity");
    private static final Var NAME = Var.alloc("name");

    private EntityLabels() {}

    /** Entity IRI to its schema:name (the first in order where it has several), for IRIs that have one. */
    public static Map<Node, String> of(QueryEndpoint endpoint, Collection<Node> iris) {
        if (iris.isEmpty()) {
            return Map.of();
        }
        // The IRIs go in as a VALUES block built from nodes, never as query text.
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementData(List.of(ENTITY),
            iris.stream().map(iri -> BindingFactory.binding(ENTITY, iri)).toList()));
        where.addTriplePattern(Triple.create(ENTITY, SchemaDO.name.asNode(), NAME));
        Query query = new Query();
        query.setQuerySelectType();
        query.addResultVar(ENTITY);
        query.addResultVar(NAME);
        query.setQueryPattern(where);
        return endpoint.select(query, Map.of(), rows -> {
            Map<Node, String> labels = new HashMap<>();
            rows.forEachRemaining(row -> labels.merge(row.get(ENTITY), row.get(NAME).getLiteralLexicalForm(),
                (a, b) -> a.compareTo(b) <= 0 ? a : b));
            return labels;
        });
    }
}
