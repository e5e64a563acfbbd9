package org.warkg.cli;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.E_Random;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.warkg.queries.BoundQuery;
import org.warkg.queries.NamedQuery;
import org.warkg.queries.QueryEndpoint;
import org.warkg.queries.QueryLibrary;
import org.warkg.queries.QueryLibraryException;
import org.warkg.queries.QueryParameter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kg bench queries}: latency of every library query (median and 95th
 * percentile over repeated runs) on a store or endpoint, by one client or several
 * at once. Parameters get values read from the graph itself: the place with most
 * events, the most frequent claimant, and so on; queries that list events get the
 * latest month.
 */
@Command(name = "queries", mixinStandardHelpOptions = true,
    description = "Measure the latency of every library query on a store or endpoint.")
final class BenchQueriesCommand implements Callable<Integer> {

    private static final String KG = "https://w3id.org/warkg/ns#";
    private static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    /**
     * For each parameter to sample, a query whose first row gives a typical value (?v) that gives the query
     * real work: the place with most events in it, the most frequent claimant, a unit that takes part in
     * events, the weapon most events name, the name of the most frequent claimant, and so on.
     */
    private static final Map<String, String> SAMPLES = Map.of(
        "place", "SELECT ?v WHERE { ?e <" + SEM + "hasPlace>/<https://schema.org/containedInPlace>* ?v } "
            + "GROUP BY ?v ORDER BY DESC(COUNT(?e)) ?v LIMIT 1",
        "claimant", "SELECT ?v WHERE { ?r <" + KG + "claimant> ?v } GROUP BY ?v ORDER BY DESC(COUNT(?r)) LIMIT 1",
        "entity", "SELECT ?v WHERE { ?a <https://schema.org/mentions> ?v } GROUP BY ?v "
            + "ORDER BY DESC(COUNT(?a)) LIMIT 1",
        "event", "SELECT ?v WHERE { ?r <" + KG + "reports> ?v } GROUP BY ?v ORDER BY DESC(COUNT(?r)) LIMIT 1",
        "person", "SELECT ?v WHERE { ?r <http://www.w3.org/ns/org#member> ?v } GROUP BY ?v "
            + "ORDER BY DESC(COUNT(?r)) LIMIT 1",
        "unit", "SELECT ?v WHERE { ?v a <" + KG + "MilitaryUnit> . { ?e <" + KG + "agent> ?v } UNION { ?e <" + KG
            + "target> ?v } } GROUP BY ?v ORDER BY DESC(COUNT(?e)) ?v LIMIT 1",
        "weapon", "SELECT ?v WHERE { ?e <" + KG + "weapon> ?v } GROUP BY ?v ORDER BY DESC(COUNT(?e)) ?v LIMIT 1",
        "name", "SELECT ?v WHERE { ?r <" + KG + "claimant>/<https://schema.org/name> ?v } GROUP BY ?v "
            + "ORDER BY DESC(COUNT(?r)) ?v LIMIT 1");
    private static final Map<String, String> LITERALS = Map.of("lat", "49.99", "lon", "36.23", "text", "drone");
    /** Queries that list a slice of events are asked for one month, the latest with an event dated to the day. */
    private static final Set<String> ONE_MONTH = Set.of("events-by-type", "place-timeline");
    private static final Set<String> MONTH = Set.of("from", "to");
    private static final String LATEST_DAY = "SELECT ?v WHERE { ?e <" + SEM + "hasTimeStamp> ?v "
        + "FILTER(DATATYPE(?v) = <http://www.w3.org/2001/XMLSchema#date>) } ORDER BY DESC(?v) LIMIT 1";

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    GraphSource source;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs per query and client (default: 20).")
    int runs = 20;

    @Option(names = "--clients", paramLabel = "N", description = "Clients querying at once (default: 1).")
    int clients = 1;

    @Option(names = "--skip", paramLabel = "NAME", split = ",",
        description = "Library queries to leave out, e.g. whole-graph exports a loaded server cannot answer "
            + "within its timeout.")
    Set<String> skipped = Set.of();

    @Option(names = "--value", paramLabel = "NAME=VALUE",
        description = "A parameter's value, instead of one sampled from the graph: to ask a served store what an "
            + "in-process run asked (it prints its values), or where sampling takes longer than a server's timeout. "
            + "IRIs in <>; the month of events-by-type and place-timeline as from=YYYY-MM-DD and to=YYYY-MM-DD.")
    Map<String, String> given = Map.of();

    @Option(names = "--uncached", description = "Add BIND(RAND() AS ?uncached) to every query, so that no answer"
        + " cache (kg serve keeps answers until the data changes) serves a run: each is computed.")
    boolean uncached;

    @Override
    public Integer call() throws IOException {
        QueryLibrary library = QueryLibrary.standard();
        int failedRuns = 0;
        try (GraphSource.OpenGraph graph = GraphSource.open(source)) {
            QueryEndpoint endpoint = graph.endpoint();
            String triples = count(endpoint);
            Map<String, String> values = sampleValues(endpoint);
            Map<String, String> month = latestMonth(endpoint);
            System.out.printf(Locale.ROOT, "%s triples; %d client(s), %d runs each; %d cores, Java %s%n", triples,
                clients, runs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            System.out.printf("values %s, month %s%n", new TreeMap<>(values), new TreeMap<>(month));
            System.out.printf("%-28s %6s %10s %10s %7s%n", "query", "rows", "p50 ms", "p95 ms", "failed");
            for (NamedQuery query : library.all()) {
                if (skipped.contains(query.name())) {
                    continue;
                }
                Map<String, String> bound = new HashMap<>();
                for (QueryParameter p : query.parameters()) {
                    if (values.containsKey(p.name())) {
                        bound.put(p.name(), values.get(p.name()));
                    }
                }
                if (ONE_MONTH.contains(query.name())) {
                    bound.putAll(month);
                }
                failedRuns += measure(endpoint, library.bind(query.name(), bound));
            }
        }
        return failedRuns == 0 ? 0 : 1;
    }

    /**
     * Times the query's runs and prints their percentiles. A run that fails (a
     * server's query timeout under load) is counted, not timed, and the rest go on.
     *
     * @return the number of failed runs
     */
    private int measure(QueryEndpoint endpoint, BoundQuery bound) {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        Query query = uncached ? computedEachTime(bound.query().parse()) : bound.query().parse();
        String rows = untimedRun(endpoint, bound, failed);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < runs; i++) {
                        long start = System.nanoTime();
                        try {
                            endpoint.select(query, bound.substitutions(), BenchQueriesCommand::consume);
                            millis.add((System.nanoTime() - start) / 1e6);
                        } catch (QueryLibraryException e) {
                            if (failed.getAndIncrement() == 0) {
                                System.err.println(bound.query().name() + ": " + e.getMessage());
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Query " + bound.query().name() + " failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-28s %6s %10s %10s %7d%n", bound.query().name(), rows,
            percentile(sorted, 0.5), percentile(sorted, 0.95), failed.get());
        return failed.get();
    }

    /** The query with a random value bound, which answer caches take as a sign not to keep its answer. */
    private static Query computedEachTime(Query query) {
        ElementGroup group = new ElementGroup();
        group.addElement(query.getQueryPattern());
        group.addElement(new ElementBind(Var.alloc("uncached"), new E_Random()));
        query.setQueryPattern(group);
        return query;
    }

    /** The row count of a first, untimed run, or "-" when it failed. */
    private static String untimedRun(QueryEndpoint endpoint, BoundQuery bound, AtomicInteger failed) {
        try {
            return String.valueOf(endpoint.select(bound, BenchQueriesCommand::consume));
        } catch (QueryLibraryException e) {
            failed.incrementAndGet();
            System.err.println(bound.query().name() + ": " + e.getMessage());
            return "-";
        }
    }

    private static Integer consume(RowSet rows) {
        int n = 0;
        while (rows.hasNext()) {
            rows.next();
            n++;
        }
        return n;
    }

    /** The percentile of sorted figures to one decimal, or "-" when there are none. */
    static String percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return String.format(Locale.ROOT, "%.1f", sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))));
    }

    /**
     * The number of triples in the article graphs, or why it is missing: on a large served store the count
     * alone outlasts the server's timeout, and the measurements need it only as a label.
     */
    private static String count(QueryEndpoint endpoint) {
        Query query = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        try {
            long triples = endpoint.select(query, Map.of(),
                rows -> rows.next().get("n").getLiteralValue() instanceof Number n ? n.longValue() : 0L);
            return String.valueOf(triples);
        } catch (QueryLibraryException e) {
            System.err.println("triples not counted: " + e.getMessage());
            return "uncounted";
        }
    }

    /**
     * The values given, and for every other parameter one sampled from the graph; the month given is left to
     * {@link #latestMonth}, as only the queries that list events are asked for one month.
     */
    private Map<String, String> sampleValues(QueryEndpoint endpoint) {
        Map<String, String> values = new HashMap<>(LITERALS);
        values.putAll(given);
        values.keySet().removeAll(MONTH);
        SAMPLES.forEach((name, sparql) -> {
            if (given.containsKey(name)) {
                return;
            }
            try {
                endpoint.select(QueryFactory.create(sparql), Map.of(), rows -> {
                    if (rows.hasNext()) {
                        Node v = rows.next().get("v");
                        values.put(name, v.isURI() ? "<" + v.getURI() + ">" : v.getLiteralLexicalForm());
                    }
                    return null;
                });
            } catch (QueryLibraryException e) {
                throw new CommandException("Cannot sample a value of '" + name + "' from the graph: "
                    + e.getMessage(), "Give it with --value " + name + "=VALUE (an in-process run on the same store"
                    + " prints the values it sampled).", 1);
            }
        });
        return values;
    }

    /** From and to of the month of the latest day-precision date, or nothing in a graph without one. */
    private Map<String, String> latestMonth(QueryEndpoint endpoint) {
        if (given.keySet().containsAll(MONTH)) {
            return Map.of("from", given.get("from"), "to", given.get("to"));
        }
        return endpoint.select(QueryFactory.create(LATEST_DAY), Map.of(), rows -> {
            if (!rows.hasNext()) {
                return Map.of();
            }
            YearMonth month = YearMonth.parse(rows.next().get("v").getLiteralLexicalForm().substring(0, 7));
            return Map.of("from", month.atDay(1).toString(), "to", month.atEndOfMonth().toString());
        });
    }
}
