package org.warkg.queries;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A named query with a term for each parameter that has a value. The terms are
 * substituted into the parsed query, variable by variable, by Jena: a value is
 * never pasted into query text, so {@code x" } ; DROP ALL ; #} is one string
 * literal, whatever it contains.
 *
 * @param query  the named query
 * @param values parameter name to its term; parameters left unbound are absent
 */
public record BoundQuery(NamedQuery query, Map<String, Node> values) {

    /** Keeps the values immutable. */
    public BoundQuery {
        values = Map.copyOf(values);
    }

    /** The values keyed by variable, as query execution builders take them. */
    public Map<Var, Node> substitutions() {
        Map<Var, Node> map = new LinkedHashMap<>();
        values.forEach((name, node) -> map.put(Var.alloc(name), node));
        return map;
    }

    /**
     * The query with the values written in, as SPARQL text: what Jena sends to a
     * remote endpoint, and what to paste into a form or {@code curl} that cannot bind
     * values itself. Jena's serializer writes each term with its escapes.
     */
    public String sparql() {
        Query substituted = QueryTransformOps.transform(query.parse(), substitutions());
        return substituted.serialize();
    }
}
