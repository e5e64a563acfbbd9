package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.ontology.KG;
import org.warkg.queries.Summaries;

/** A server waits for writes to pause as long as the store's last rebuild of its tallies took, even before its own. */
class TallyQuietIT {

    private static final String STAMP = "SELECT ?s WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?g ?p ?s"
        + " FILTER(?p = <" + KG.rebuildDuration.getURI() + ">) } BIND(RAND() AS ?uncached) }";

    @TempDir
    Path dir;

    @Test
    void aStoreWhoseLastRebuildTookAnHourIsNotRebuiltSecondsAfterAWrite() throws InterruptedException {
        Path store = dir.resolve("tdb2");
        FixtureServer.ingest(store, FixtureServer.articleGraphs(FixtureServer.FIXTURE));
        DatasetGraph dataset = KgDatasets.open(store);
        Summaries.refresh(dataset);
        Node tallies = NodeFactory.createURI(Summaries.GRAPH);
        Txn.executeWrite(dataset, () -> {
            dataset.deleteAny(tallies, tallies, KG.rebuildDuration, Node.ANY);
            dataset.add(tallies, tallies, KG.rebuildDuration,
                NodeFactory.createLiteralDT("PT1H", XSDDatatype.XSDdayTimeDuration));
        });
        dataset.close();

        try (FixtureServer server = FixtureServer.serve(dir)) {
            assertThat(server.dropGraph("graph/a")).isEqualTo(204);
            // Twice the quiet period a server waits when it knows no better.
            Thread.sleep(10_000);
            assertThat(server.select(STAMP)).isEqualTo("s\r\nPT1H\r\n");
        }
    }
}
