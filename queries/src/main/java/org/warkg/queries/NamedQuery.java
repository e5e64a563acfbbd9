package org.warkg.queries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * One query of the library: its name (the file name without {@code .rq}), the
 * header's title, description and parameters, and the SPARQL text.
 *
 * @param name        the name analysts call it by, such as {@code place-timeline}
 * @param title       one line for listings
 * @param description what it answers, in a few sentences
 * @param parameters  the declared parameters, in header order
 * @param sparql      the whole file, header comments included
 */
public record NamedQuery(String name, String title, String description, List<QueryParameter> parameters,
                         String sparql) {

    /** Keeps the parameter list immutable. */
    public NamedQuery {
        parameters = List.copyOf(parameters);
    }

    /** The declared parameter with that name, or null. */
    public QueryParameter parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst().orElse(null);
    }

    /** The parsed query, without any value bound. */
    public Query parse() {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new QueryLibraryException("Query '" + name + "' is not valid SPARQL: " + e.getMessage(), e);
        }
    }

    /**
     * Checks and converts the values given as text, adds the defaults of those left
     * out, and returns the query ready to run.
     *
     * @param values parameter name to the value as typed
     * @throws QueryLibraryException for a parameter the query does not declare, a required one left out, or a
     *                               value that is not of the declared type; the message names query and parameter
     */
    public BoundQuery bind(Map<String, String> values) {
        for (String given : values.keySet()) {
            if (parameter(given) == null) {
                throw new QueryLibraryException("Query '" + name + "' has no parameter '" + given + "' ("
                    + (parameters.isEmpty() ? "it takes none" : "its parameters: " + names()) + ")");
            }
        }
        Map<String, Node> bound = new LinkedHashMap<>();
        for (QueryParameter parameter : parameters) {
            String text = values.get(parameter.name());
            if (text == null) {
                if (parameter.required()) {
                    throw new QueryLibraryException("Query '" + name + "' needs parameter '" + parameter.name()
                        + "' (" + parameter.type().token() + "): " + parameter.description());
                }
                text = parameter.defaultValue();
            }
            if (text != null) {
                try {
                    bound.put(parameter.name(), parameter.type().parse(text));
                } catch (IllegalArgumentException e) {
                    throw new QueryLibraryException("Query '" + name + "', parameter '" + parameter.name() + "': "
                        + e.getMessage(), e);
                }
            }
        }
        return new BoundQuery(this, bound);
    }

    private String names() {
        return parameters.stream().map(QueryParameter::name).collect(Collectors.joining(", "));
    }
}
