package org.warkg.queries;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;

/**
 * Reads a query file into a {@link NamedQuery}. The header is the block of
 * {@code #} lines at the top of the file; in it:
 * <pre>
 * # &#64;title ONE LINE
 * # &#64;description TEXT            (one or more lines, joined with spaces)
 * # &#64;param NAME TYPE DEFAULT DESCRIPTION
 * </pre>
 * TYPE is {@code IRI}, {@code xsd:date}, {@code xsd:integer}, {@code xsd:decimal} or
 * {@code string}; DEFAULT is {@code required}, {@code optional} (left unbound) or a
 * value of the type without spaces. Other comment lines are free text. Every
 * mistake fails the load, naming file and line, so a broken header never ships.
 */
final class HeaderParser {

    private static final Pattern QUERY_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("#\\s*@(\\w+)(?:\\s+(.*))?");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private HeaderParser() {}

    /** Parses the text of {@code name.rq}. */
    static NamedQuery parse(String name, String text) {
        if (!QUERY_NAME.matcher(name).matches()) {
            throw new QueryLibraryException("Query file '" + name + ".rq': names are lower-case words joined by -");
        }
        String title = null;
        StringBuilder description = new StringBuilder();
        List<QueryParameter> parameters = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size() && lines.get(i).startsWith("#"); i++) {
            Matcher tag = TAG.matcher(lines.get(i).strip());
            if (!tag.matches()) {
                continue;
            }
            String value = tag.group(2) == null ? "" : tag.group(2).strip();
            switch (tag.group(1)) {
                case "title" -> {
                    if (title != null) {
                        throw fail(name, i, "a second @title");
                    }
                    title = value;
                }
                case "description" -> description.append(description.isEmpty() ? "" : " ").append(value);
                case "param" -> parameters.add(parameter(name, i, value));
                default -> throw fail(name, i, "unknown tag @" + tag.group(1)
                    + " (known: @title, @description, @param)");
            }
        }
        if (title == null || title.isEmpty()) {
            throw fail(name, -1, "the header has no @title");
        }
        if (description.isEmpty()) {
            throw fail(name, -1, "the header has no @description");
        }
        NamedQuery query = new NamedQuery(name, title, description.toString(), parameters, text);
        check(query);
        return query;
    }

    private static QueryParameter parameter(String query, int line, String spec) {
        String[] fields = spec.split("\\s+", 4);
        if (fields.length < 4) {
            throw fail(query, line, "@param needs NAME TYPE DEFAULT DESCRIPTION");
        }
        if (!VARIABLE.matcher(fields[0]).matches()) {
            throw fail(query, line, "'" + fields[0] + "' cannot be a SPARQL variable name");
        }
        ParameterType type = ParameterType.forToken(fields[1]);
        if (type == null) {
            throw fail(query, line, "unknown type '" + fields[1] + "' (known: IRI, xsd:date, xsd:integer, xsd:decimal,"
                + " string)");
        }
        boolean required = fields[2].equals("required");
        String defaultValue = required || fields[2].equals("optional") ? null : fields[2];
        if (defaultValue != null) {
            try {
                type.parse(defaultValue);
            } catch (IllegalArgumentException e) {
                throw fail(query, line, "default of '" + fields[0] + "': " + e.getMessage());
            }
        }
        return new QueryParameter(fields[0], type, defaultValue, required, fields[3]);
    }

    /** The body must parse as a SELECT query that uses every parameter, each declared once. */
    private static void check(NamedQuery query) {
        Query parsed = query.parse();
        if (!parsed.isSelectType()) {
            throw fail(query.name(), -1, "only SELECT queries belong in the library");
        }
        Set<String> seen = new HashSet<>();
        for (QueryParameter parameter : query.parameters()) {
            if (!seen.add(parameter.name())) {
                throw fail(query.name(), -1, "parameter '" + parameter.name() + "' is declared twice");
            }
            Pattern use = Pattern.compile("[?$]" + parameter.name() + "(?![A-Za-z0-9_])");
            if (!use.matcher(body(query.sparql())).find()) {
                throw fail(query.name(), -1, "parameter '" + parameter.name() + "' is not used in the query");
            }
        }
    }

    private static String body(String text) {
        return String.join("\n", text.lines().filter(l -> !l.strip().startsWith("#")).toList());
    }

    private static QueryLibraryException fail(String query, int line, String problem) {
        String where = line < 0 ? "" : ", line " + (line + 1);
        return new QueryLibraryException("Query file '" + query + ".rq'" + where + ": " + problem);
    }
}
