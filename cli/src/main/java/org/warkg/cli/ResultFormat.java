package org.warkg.cli;

import java.io.OutputStream;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.RowSet;

/**
 * How {@code kg query} prints rows: a {@link ResultTable} for reading, or the W3C
 * SPARQL results formats CSV, TSV and JSON, with full values, for tools.
 */
enum ResultFormat {

    /** Aligned columns of names, ids and prefixed names, cut to fit ({@link ResultTable}). */
    TABLE,
    /** SPARQL 1.1 CSV: plain values, IRIs without brackets. */
    CSV,
    /** SPARQL 1.1 TSV: terms in Turtle syntax. */
    TSV,
    /** SPARQL 1.1 JSON results. */
    JSON;

    /** Writes all the rows in one of the machine formats. */
    void write(RowSet rows, OutputStream out) {
        ResultSet results = ResultSet.adapt(rows);
        switch (this) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            default -> throw new IllegalStateException("No writer for " + this);
        }
    }
}
