package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.queries.Summaries;

/** {@code kg export}: each RDF format reads back to the store's content; the ACLED table has its columns. */
class ExportCommandTest {

    private static final String ACLED_HEADER = "event_id,event_date,time_precision,event_type,sub_event_type,"
        + "actor1,actor2,location,admin1,country,latitude,longitude,geo_precision,fatalities,injured,source,"
        + "source_url,article,headline,reported_by,verification,notes";

    @TempDir
    Path dir;

    private Path store;

    @BeforeEach
    void fillStore() {
        store = SampleStore.summarized(dir.resolve("tdb2"));
    }

    @Test
    void acledCsvHasOneRowPerEventInAcledColumns() throws IOException {
        Path out = dir.resolve("events.csv");
        CommandRun run = CommandRun.of("export", "--format", "acled-csv", "--out", out.toString(),
            "--store", store.toString());
        assertThat(run.err()).contains("exported 5 events");
        List<String> lines = List.of(Files.readString(out, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(ACLED_HEADER);
        assertThat(lines).hasSize(1 + 5);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("https://w3id.org/warkg/id/event/e1,"
            + "2024-05-10,1,Attack,Air/drone strike,Russian Armed Forces,,Kharkiv,Kharkiv Oblast,"
            + "Ukraine,49.9935,36.231,1,4,12,Reuters; The Kyiv Independent,"
            + "https://example.org/kyivindependent/vovchansk; https://example.org/reuters/kharkiv-strike,"
            + "https://w3id.org/warkg/id/article/a1; https://w3id.org/warkg/id/article/a2,"
            + "Death toll in Kharkiv strike rises to four as fighting reaches Vovchansk | Russian drone strike kills"
            + " three in Kharkiv,Oleh Syniehubov; regional prosecutors,unverified; verified,\"The death toll"));
    }

    @Test
    void acledCsvOfAStoreWithoutTalliesFailsAndSaysHowToMendIt() {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(dataset, () -> dataset.getGraph(NodeFactory.createURI(Summaries.GRAPH)).clear());
        TDBInternal.expel(dataset);
        Path out = dir.resolve("events.csv");
        CommandRun run = CommandRun.of("export", "--format", "acled-csv", "--out", out.toString(),
            "--store", store.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("no ACLED table", "kg summarize");
        assertThat(out).doesNotExist();
    }

    @Test
    void jsonLdReadsBackToTheSameQuads() {
        Path out = export("jsonld", "graph.jsonld");
        assertThat(IsoMatcher.isomorphic(SampleStore.inMemory(), read(out))).isTrue();
    }

    @Test
    void trigAndNQuadsReadBackToTheSameQuads() {
        assertThat(IsoMatcher.isomorphic(SampleStore.inMemory(), read(export("trig", "graph.trig")))).isTrue();
        assertThat(IsoMatcher.isomorphic(SampleStore.inMemory(), read(export("nq", "graph.nq")))).isTrue();
    }

    @Test
    void turtleHoldsTheUnionOfTheArticleGraphs() {
        Graph union = SampleStore.inMemory().getUnionGraph();
        Graph exported = RDFDataMgr.loadGraph(export("ttl", "graph.ttl").toString());
        assertThat(exported.isIsomorphicWith(union)).isTrue();
    }

    @Test
    void replacesTheFileAtomicallyAndLeavesNoTemporaryFile() throws IOException {
        Path out = dir.resolve("exports").resolve("graph.nq");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "old");
        export("nq", "exports/graph.nq");
        assertThat(Files.readString(out)).isNotEqualTo("old").contains("<https://w3id.org/warkg/id/event/e1>");
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void refusesAnUnknownFormat() {
        CommandRun run = CommandRun.of("export", "--format", "xml", "--out", dir.resolve("x").toString(),
            "--store", store.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'xml'", "acled-csv");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    private Path export(String format, String file) {
        Path out = dir.resolve(file);
        CommandRun run = CommandRun.of("export", "--format", format, "--out", out.toString(),
            "--store", store.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return out;
    }

    private static DatasetGraph read(Path file) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFDataMgr.read(dataset, file.toString());
        return dataset;
    }
}
