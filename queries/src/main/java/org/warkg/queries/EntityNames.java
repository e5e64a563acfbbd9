package org.warkg.queries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Reads the entity an analyst names where a query wants an IRI: {@code place=Kharkiv}
 * is the entity whose {@code schema:name} or {@code schema:alternateName} is
 * "Kharkiv", ignoring case. An entity whose own name it is wins over those that carry
 * it as an alias; a name that is still ambiguous lists the candidates with their ids,
 * and one that names nothing suggests the names nearest to it. IRIs, prefixed names
 * and data ids ({@link IriShorthand}) pass through untouched.
 */
public final class EntityNames {

    private static final String SCHEMA = "PREFIX schema: <https://schema.org/>\n";
    private static final Query NAMED = QueryFactory.create(SCHEMA + """
        SELECT ?entity (MIN(?label) AS ?name) (MAX(?own) AS ?isOwnName) WHERE {
          { ?entity schema:name ?n BIND(1 AS ?own) } UNION { ?entity schema:alternateName ?n BIND(0 AS ?own) }
          FILTER(isIRI(?entity) && LCASE(STR(?n)) = ?key)
          OPTIONAL { ?entity schema:name ?label }
        }
        GROUP BY ?entity ORDER BY ?entity""");
    private static final Query NEAR = QueryFactory.create(SCHEMA + """
        SELECT DISTINCT ?entity ?name WHERE {
          ?entity schema:name|schema:alternateName ?name .
          FILTER(isIRI(?entity)
                 && (STRSTARTS(LCASE(STR(?name)), ?start) || CONTAINS(LCASE(STR(?name)), ?key)))
        }""");
    private static final Var KEY = Var.alloc("key");
    private static final Var START = Var.alloc("start");
    private static final int SUGGESTIONS = 5;
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private final QueryEndpoint endpoint;

    /** Names are looked up in the graph behind the endpoint. */
    public EntityNames(QueryEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Whether a value given for one of the query's IRI parameters is a name to look up. */
    public static boolean anyName(NamedQuery query, Map<String, String> values) {
        return values.entrySet().stream().anyMatch(value -> isName(query, value.getKey(), value.getValue()));
    }

    /**
     * The values with each name given for an IRI parameter replaced by its entity's IRI.
     *
     * @throws QueryLibraryException for a name that is ambiguous or names nothing: the cause on the
     *                               message's first line, the candidates or near names on the second
     */
    public Map<String, String> resolve(NamedQuery query, Map<String, String> values) {
        Map<String, String> resolved = new LinkedHashMap<>(values);
        resolved.replaceAll((parameter, text) -> isName(query, parameter, text)
            ? iri(text, "Query '" + query.name() + "', parameter '" + parameter + "': ") : text);
        return resolved;
    }

    private static boolean isName(NamedQuery query, String parameter, String text) {
        QueryParameter declared = query.parameter(parameter);
        return declared != null && declared.type() == ParameterType.IRI && !IriShorthand.isIriForm(text);
    }

    private String iri(String name, String context) {
        List<Candidate> candidates = endpoint.select(NAMED, Map.of(KEY, key(name)), rows -> {
            List<Candidate> found = new ArrayList<>();
            rows.forEachRemaining(row -> found.add(new Candidate(row.get("entity").getURI(), label(row),
                "1".equals(row.get("isOwnName").getLiteralLexicalForm()))));
            return found;
        });
        List<Candidate> owners = candidates.stream().filter(Candidate::ownName).toList();
        List<Candidate> chosen = owners.isEmpty() ? candidates : owners;
        if (chosen.size() == 1) {
            return chosen.get(0).iri();
        }
        if (chosen.isEmpty()) {
            throw new QueryLibraryException(context + "no entity in the graph is named '" + name + "'.\n"
                + suggestions(name));
        }
        throw new QueryLibraryException(context + "'" + name + "' names " + chosen.size() + " entities.\n"
            + "Give one of their ids: " + list(chosen) + ".");
    }

    private String suggestions(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        int tolerance = Math.max(2, key.length() / 3);
        Map<Var, Node> values = Map.of(KEY, key(name),
            START, NodeFactory.createLiteralString(key.substring(0, Math.min(2, key.length()))));
        List<Candidate> near = endpoint.select(NEAR, values, rows -> {
            Map<String, Candidate> nearest = new LinkedHashMap<>();
            Map<String, Integer> distances = new LinkedHashMap<>();
            rows.forEachRemaining(row -> {
                String label = row.get("name").getLiteralLexicalForm();
                String lower = label.toLowerCase(Locale.ROOT);
                int distance = lower.contains(key) ? 0 : DISTANCE.apply(key, lower);
                String iri = row.get("entity").getURI();
                if (distance <= tolerance && distance < distances.getOrDefault(iri, Integer.MAX_VALUE)) {
                    distances.put(iri, distance);
                    nearest.put(iri, new Candidate(iri, label, true));
                }
            });
            return nearest.values().stream()
                .sorted(Comparator.comparing((Candidate c) -> distances.get(c.iri()))
                    .thenComparing(Candidate::label))
                .limit(SUGGESTIONS).toList();
        });
        return near.isEmpty()
            ? "Look for it with ./kg query search -p text=..., or give its id, such as place/kharkiv-oblast."
            : "Did you mean " + list(near) + "?";
    }

    private static Node key(String name) {
        return NodeFactory.createLiteralString(name.strip().toLowerCase(Locale.ROOT));
    }

    private static String label(Binding row) {
        Node name = row.get("name");
        return name == null ? "" : name.getLiteralLexicalForm();
    }

    private static String list(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.label() + " (" + c.id() + ")")
            .collect(Collectors.joining(", "));
    }

    /** An entity a name may mean: its IRI, its own name, and whether the name looked up is that own name. */
    private record Candidate(String iri, String label, boolean ownName) {

        /** The id an analyst types back: a data id where the IRI is one. */
        String id() {
            return iri.startsWith(KgPrefixes.DATA) ? iri.substring(KgPrefixes.DATA.length()) : iri;
        }
    }
}
