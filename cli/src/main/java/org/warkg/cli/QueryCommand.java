package org.warkg.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.warkg.queries.BoundQuery;
import org.warkg.queries.EntityLabels;
import org.warkg.queries.EntityNames;
import org.warkg.queries.NamedQuery;
import org.warkg.queries.QueryLibrary;
import org.warkg.queries.QueryLibraryException;
import org.warkg.queries.QueryEndpoint;
import org.warkg.queries.QueryParameter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg query NAME [--param k=v ...] [--format F] [--store DIR | --endpoint URL]}, or {@code kg query --list}. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a named query of the library on the graph, or list the queries (--list).")
final class QueryCommand implements Callable<Integer> {

    private static final int WIDTH = 100;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The query to run; --list shows them all.")
    String name;

    @Option(names = "--list", description = "List the queries with their descriptions and parameters.")
    boolean list;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
        description = "A parameter value, e.g. place=Kharkiv (a name or alias), place=place/kharkiv-oblast "
            + "(an id) or from=2024-05-01; repeatable.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
        description = "table (default: names and short ids, cut to fit), or csv, tsv or json with full values.")
    ResultFormat format = ResultFormat.TABLE;

    @Option(names = "--width", paramLabel = "N",
        description = "Widest line of a table; longer cells are cut (default: the terminal's width).")
    Integer width;

    @Option(names = "--sparql",
        description = "Print the query with the values written in (for curl or a web form) instead of running it.")
    boolean sparql;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    GraphSource source;

    @Override
    public Integer call() {
        QueryLibrary library = QueryLibrary.standard();
        if (list) {
            library.all().forEach(query -> describe(query, System.out));
            return 0;
        }
        if (name == null) {
            System.err.println("error: give a query NAME, or --list to see them");
            return 2;
        }
        BoundQuery bound = library.bind(name, withEntityIris(library.get(name), values()));
        if (sparql) {
            System.out.println(bound.sparql().stripTrailing());
            return 0;
        }
        try (GraphSource.OpenGraph graph = GraphSource.open(source)) {
            QueryEndpoint endpoint = graph.endpoint();
            if (format == ResultFormat.TABLE) {
                ResultTable table = endpoint.select(bound, ResultTable::of);
                table.print(System.out, EntityLabels.of(endpoint, table.dataIris()), tableWidth());
            } else {
                endpoint.select(bound, rows -> {
                    format.write(rows, System.out);
                    return null;
                });
            }
        }
        System.out.flush();
        return 0;
    }

    /** --width, else the terminal's width when printing to one; no limit when the output goes elsewhere. */
    private int tableWidth() {
        if (width != null) {
            return width;
        }
        if (System.console() == null) {
            return 0;
        }
        CommandSpec terminal = CommandSpec.create();
        terminal.usageMessage().autoWidth(true);
        return terminal.usageMessage().width();
    }

    /** Names typed where the query wants an entity are looked up in the graph (only then is it opened). */
    private Map<String, String> withEntityIris(NamedQuery query, Map<String, String> values) {
        if (!EntityNames.anyName(query, values)) {
            return values;
        }
        try (GraphSource.OpenGraph graph = GraphSource.open(source)) {
            return new EntityNames(graph.endpoint()).resolve(query, values);
        }
    }

    /** The --param options as a map; the value is everything after the first '=', taken verbatim. */
    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String param : params) {
            int eq = param.indexOf('=');
            if (eq <= 0) {
                throw new QueryLibraryException("Query '" + name + "': --param wants KEY=VALUE, not '" + param + "'");
            }
            values.put(param.substring(0, eq).strip(), param.substring(eq + 1));
        }
        return values;
    }

    /** One query for --list: name and title, the description wrapped, then one line per parameter. */
    static void describe(NamedQuery query, PrintStream out) {
        out.println(query.name() + " - " + query.title());
        wrap(query.description(), "    ", out);
        if (query.parameters().isEmpty()) {
            out.println("    (no parameters)");
        }
        for (QueryParameter p : query.parameters()) {
            String head = String.format("    --param %s=%s", p.name(), p.type().token());
            String value = p.required() ? "required"
                : p.defaultValue() == null ? "optional" : "default " + p.defaultValue();
            out.println(String.format("%-40s %-20s %s", head, value, p.description()));
        }
        out.println();
    }

    private static void wrap(String text, String indent, PrintStream out) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split("\\s+")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > indent.length()) {
                out.println(line);
                line = new StringBuilder(indent);
            }
            line.append(line.length() > indent.length() ? " " : "").append(word);
        }
        out.println(line);
    }
}
