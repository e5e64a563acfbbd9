package org.warkg.store;

import java.util.Locale;

import org.apache.jena.query.QuerySolution;

/**
 * What a store holds, read back from it rather than tallied from what was sent: an
 * event two articles report is one event, and an article the shapes refused is none.
 *
 * @param articles articles ({@code kg:Article})
 * @param events   events that some report tells ({@code kg:reports} objects)
 * @param entities entities that some article mentions
 * @param quads    quads in all named graphs
 */
public record StoreCounts(long articles, long events, long entities, long quads) {

    /** One query for all four counts, over the named graphs. */
    static final String QUERY = """
        PREFIX kg:     <https://w3id.org/warkg/ns#>
        PREFIX schema: <https://schema.org/>
        SELECT ?articles ?events ?entities ?quads WHERE {
          { SELECT (COUNT(DISTINCT ?a) AS ?articles) WHERE { GRAPH ?g { ?a a kg:Article } } }
          { SELECT (COUNT(DISTINCT ?e) AS ?events) WHERE { GRAPH ?g { ?r kg:reports ?e } } }
          { SELECT (COUNT(DISTINCT ?x) AS ?entities) WHERE { GRAPH ?g { ?m schema:mentions ?x } } }
          { SELECT (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } } }
        }
        """;

    static StoreCounts from(QuerySolution row) {
        return new StoreCounts(row.getLiteral("articles").getLong(), row.getLiteral("events").getLong(),
            row.getLiteral("entities").getLong(), row.getLiteral("quads").getLong());
    }

    /** "5 articles, 81 events, 240 entities (10,412 quads)". */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d articles, %d events, %d entities (%,d quads)", articles, events,
            entities, quads);
    }
}
