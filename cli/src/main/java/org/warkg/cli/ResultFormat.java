package org.warkg.cli;

import java.io.OutputStream;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.exec.RowSet;
import org.warkg.queries.KgPrefixes;

/**
 * How {@code kg query} prints rows: an aligned text table for reading (vocabulary
 * IRIs abbreviated), or the W3C SPARQL results formats CSV, TSV and JSON for tools.
 */
enum ResultFormat {

    /** Aligned columns with kg:, schema: and the other prefixes. */
    TABLE,
    /** SPARQL 1.1 CSV: plain values, IRIs without brackets. */
    CSV,
    /** SPARQL 1.1 TSV: terms in Turtle syntax. */
    TSV,
    /** SPARQL 1.1 JSON results. */
    JSON;

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
        .setNsPrefixes(KgPrefixes.vocabularies()).lock();

    /** Writes all the rows. */
    void write(RowSet rows, OutputStream out) {
        ResultSet results = ResultSet.adapt(rows);
        switch (this) {
            case TABLE -> ResultSetFormatter.out(out, results, PREFIXES);
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            default -> throw new IllegalStateException("No writer for " + this);
        }
    }
}
