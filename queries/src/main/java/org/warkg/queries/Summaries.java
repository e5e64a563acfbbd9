package org.warkg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * The tallies that the library's whole-graph queries read: events per month,
 * casualties per region, events per place, claims per claimant and the ACLED table,
 * computed once after a load instead of by every query. The update ({@code summaries.ru})
 * keeps them in the store's own default graph, which is in no union of named graphs, and
 * replaces them all at once; it runs on a store whose default graph for queries is the
 * union of the named graphs, as Fuseki's {@code tdb2:unionDefaultGraph} makes it.
 *
 * <p>The ACLED table is read a page at a time, so its rows are numbered after the update:
 * SPARQL has no row numbers, and counting the rows before each one would take time that
 * grows with the square of the rows.
 */
public final class Summaries {

    /** The graph that holds the tallies: the store's default graph itself. */
    public static final String GRAPH = "urn:x-arq:DefaultGraph";

    /** Rows of the ACLED table on one page. */
    public static final int PAGE_ROWS = 1000;

    private static final String RESOURCE = QueryLibrary.FOLDER + "summaries.ru";
    private static final Node TALLIES = NodeFactory.createURI(GRAPH);
    private static final String KG = "https://w3id.org/warkg/ns#";
    private static final Node TABLE_PAGE = NodeFactory.createURI(KG + "tablePage");
    private static final Node REBUILD_DURATION = NodeFactory.createURI(KG + "rebuildDuration");
    private static final String TABLE_ORDER = """
        PREFIX acled: <https://w3id.org/warkg/acled#>
        SELECT ?row
        WHERE { GRAPH <%s> { ?row acled:event_id ?id OPTIONAL { ?row acled:event_date ?date } } }
        ORDER BY COALESCE(?date, "9999") ?id
        """.formatted(GRAPH);

    private Summaries() {}

    /**
     * The update that replaces every tally and the ACLED table, to run in one write transaction or send to an
     * update endpoint; {@link #pages} then numbers the table's pages.
     */
    public static UpdateRequest update() {
        try (InputStream in = Summaries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + RESOURCE + " on the class path");
            }
            return UpdateFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The rows of the ACLED table in its order, by date (undated last) and event: a {@code ?row} each. */
    public static Query tableOrder() {
        return QueryFactory.create(TABLE_ORDER);
    }

    /** The rows that {@link #tableOrder} answers, in order. */
    public static List<Node> rows(ResultSet answer) {
        List<Node> rows = new ArrayList<>();
        answer.forEachRemaining(solution -> rows.add(solution.get("row").asNode()));
        return rows;
    }

    /** The update that puts the rows, given in table order, on pages of {@link #PAGE_ROWS} numbered from 1. */
    public static UpdateRequest pages(List<Node> rowsInOrder) {
        QuadDataAcc quads = new QuadDataAcc();
        for (int i = 0; i < rowsInOrder.size(); i++) {
            quads.addQuad(Quad.create(TALLIES, rowsInOrder.get(i), TABLE_PAGE,
                NodeFactory.createLiteralDT(Integer.toString(i / PAGE_ROWS + 1), XSDDatatype.XSDinteger)));
        }
        return new UpdateRequest(new UpdateDataInsert(quads));
    }

    /**
     * Replaces the tallies of the dataset in one write transaction: readers see the old ones or the new. The tallies'
     * graph then says how long that took ({@link #lastRebuild}).
     */
    public static void refresh(DatasetGraph dataset) {
        UpdateRequest update = update();
        Txn.executeWrite(dataset, () -> {
            long start = System.nanoTime();
            UpdateAction.execute(update, dataset);
            List<Node> rows;
            try (QueryExecution order = QueryExecution.create().query(tableOrder())
                    .dataset(DatasetFactory.wrap(dataset)).build()) {
                rows = rows(order.execSelect());
            }
            UpdateAction.execute(pages(rows), dataset);
            // A duration, not a decimal: TDB2 keeps a decimal such as 1.250 in a form it then cannot delete.
            Duration took = Duration.ofNanos(System.nanoTime() - start).truncatedTo(ChronoUnit.MILLIS);
            dataset.add(TALLIES, TALLIES, REBUILD_DURATION,
                NodeFactory.createLiteralDT(took.toString(), XSDDatatype.XSDdayTimeDuration));
        });
    }

    /** How long the last {@link #refresh} of the dataset's tallies took, or zero when no refresh says. */
    public static Duration lastRebuild(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Iterator<Quad> said = dataset.find(TALLIES, TALLIES, REBUILD_DURATION, Node.ANY);
            if (!said.hasNext()) {
                return Duration.ZERO;
            }
            Node duration = said.next().getObject();
            try {
                return Duration.parse(duration.isLiteral() ? duration.getLiteralLexicalForm() : "");
            } catch (DateTimeParseException e) {
                // Written by other means: as good as unknown.
                return Duration.ZERO;
            }
        });
    }
}
