package org.warkg.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.warkg.queries.KgPrefixes;

/**
 * Rows laid out for a person to read: an entity by its name, an event or article by
 * its data id ({@code event/53d8...}), a vocabulary term by its prefixed name
 * ({@code kg:Attack}), a literal by its text alone; columns cut to fit the width,
 * the widest first, with an ellipsis where a cell was cut.
 */
final class ResultTable {

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
        .setNsPrefixes(KgPrefixes.vocabularies()).lock();
    private static final String GAP = "  ";
    private static final int NARROWEST = 8;

    private final List<Var> columns;
    private final List<Binding> rows;

    private ResultTable(List<Var> columns, List<Binding> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads all the rows (a table needs them all to size its columns). */
    static ResultTable of(RowSet rows) {
        List<Binding> all = new ArrayList<>();
        rows.forEachRemaining(all::add);
        return new ResultTable(rows.getResultVars(), all);
    }

    /** The data IRIs in the rows: the entities whose names may stand for them. */
    Set<Node> dataIris() {
        Set<Node> iris = new LinkedHashSet<>();
        rows.forEach(row -> columns.forEach(column -> {
            Node node = row.get(column);
            if (node != null && node.isURI() && node.getURI().startsWith(KgPrefixes.DATA)) {
                iris.add(node);
            }
        }));
        return iris;
    }

    /**
     * Prints the table.
     *
     * @param labels names of entities, shown instead of their IRIs
     * @param width  the widest a line may be; 0 for no limit
     */
    void print(PrintStream out, Map<Node, String> labels, int width) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(columns.stream().map(Var::getVarName).toList());
        for (Binding row : rows) {
            cells.add(columns.stream().map(column -> text(row.get(column), labels)).toList());
        }
        int[] widths = fit(cells, width);
        for (int i = 0; i < cells.size(); i++) {
            out.println(line(cells.get(i), widths));
            if (i == 0) {
                out.println(line(Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths));
            }
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static String text(Node node, Map<Node, String> labels) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm().replaceAll("\\s+", " ");
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        String iri = node.getURI();
        if (labels.containsKey(node)) {
            return labels.get(node);
        }
        return iri.startsWith(KgPrefixes.DATA) ? iri.substring(KgPrefixes.DATA.length()) : PREFIXES.shortForm(iri);
    }

    /** Column widths: each column's widest cell, the widest columns cut to one cap until the line fits. */
    private static int[] fit(List<List<String>> cells, int width) {
        int n = cells.get(0).size();
        int[] natural = new int[n];
        for (List<String> row : cells) {
            for (int c = 0; c < n; c++) {
                natural[c] = Math.max(natural[c], width(row.get(c)));
            }
        }
        int room = width - GAP.length() * (n - 1);
        int cap = Math.max(NARROWEST, room);
        while (width > 0 && cap > NARROWEST && total(natural, cap) > room) {
            cap--;
        }
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = width > 0 ? Math.min(natural[c], cap) : natural[c];
        }
        return widths;
    }

    private static int total(int[] natural, int cap) {
        int sum = 0;
        for (int w : natural) {
            sum += Math.min(w, cap);
        }
        return sum;
    }

    private static String line(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c);
            if (width(cell) > widths[c]) {
                cell = cell.substring(0, cell.offsetByCodePoints(0, widths[c] - 1)) + "…";
            }
            line.append(c == 0 ? "" : GAP).append(cell).append(" ".repeat(widths[c] - width(cell)));
        }
        return line.toString().stripTrailing();
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
