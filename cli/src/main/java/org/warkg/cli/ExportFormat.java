package org.warkg.cli;

import java.util.Arrays;

/** The formats of {@code kg export}, by the name given to {@code --format}. */
enum ExportFormat {

    /** Turtle: the union of the article graphs, each triple once. */
    TTL("ttl", "triples"),
    /** TriG: one graph per article. */
    TRIG("trig", "quads"),
    /** N-Quads: one graph per article, one quad per line. */
    NQ("nq", "quads"),
    /** JSON-LD compacted with the shipped context, one graph per article. */
    JSONLD("jsonld", "quads"),
    /** Every page of the acled-events query as CSV, one row per event. */
    ACLED_CSV("acled-csv", "events");

    private final String token;
    private final String unit;

    ExportFormat(String token, String unit) {
        this.token = token;
        this.unit = unit;
    }

    /** The name given to --format. */
    String token() {
        return token;
    }

    /** What the export counts. */
    String unit() {
        return unit;
    }

    /** The format with that name, ignoring case, or null. */
    static ExportFormat of(String token) {
        return Arrays.stream(values()).filter(f -> f.token.equalsIgnoreCase(token)).findFirst().orElse(null);
    }
}
