package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warkg.cli.IngestFixtures.SAMPLES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.serve.KgDatasets;
import org.warkg.store.StoreCounts;
import org.warkg.store.Tdb2GraphStore;

/**
 * The samples through the Spark job and either bulk loader (in memory, or Jena's xloader sorting on disk) give
 * the store kg ingest gives, text index and tallies included.
 */
class LoadNQuadsIT {

    @TempDir
    Path dir;

    @Test
    void theJobsQuadsLoadIntoAStoreLikeTheIngestsWithATextIndex() {
        Path out = dir.resolve("job");
        CommandRun job = CommandRun.of("spark-extract", SAMPLES.toString(), out.toString(), "--master", "local[2]");
        assertThat(job.code()).as(job.err()).isZero();
        assertThat(job.err()).contains("5 records", "5 article graphs", "0 failures");

        Path bulk = dir.resolve("bulk").resolve("tdb2");
        CommandRun load = CommandRun.of("load-nquads", out.toString(), "--store", bulk.toString(), "--loader",
            "phased");
        assertThat(load.code()).as(load.err()).isZero();
        Path ingested = dir.resolve("ingested").resolve("tdb2");
        assertThat(Kg.run("ingest", SAMPLES.toString(), "--store", ingested.toString())).isZero();

        StoreCounts expected = counts(ingested);
        assertThat(expected.articles()).isEqualTo(5);
        assertThat(counts(bulk)).isEqualTo(expected);
        assertThat(load.err()).contains("the store holds " + expected);
        assertThat(search(bulk, "gladkov")).isNotEmpty().isEqualTo(search(ingested, "gladkov"));
        assertThat(load.err()).contains("tallies rebuilt in");
        assertThat(IngestFixtures.dashboards(bulk)).isNotEmpty().isEqualTo(IngestFixtures.dashboards(ingested));

        Path sorted = dir.resolve("xloaded").resolve("tdb2");
        CommandRun xload = CommandRun.of("load-nquads", out.toString(), "--store", sorted.toString(), "--loader",
            "xloader");
        assertThat(xload.code()).as(xload.err()).isZero();
        assertThat(counts(sorted)).isEqualTo(expected);
        assertThat(search(sorted, "gladkov")).isEqualTo(search(ingested, "gladkov"));
        assertThat(IngestFixtures.dashboards(sorted)).isEqualTo(IngestFixtures.dashboards(ingested));
        assertThat(dir.resolve("xloaded").resolve("tdb2-xloader")).doesNotExist();
    }

    @Test
    void aStoreWithDataIsRefusedAndAFolderWithoutQuadsToo() throws IOException {
        Path store = dir.resolve("tdb2");
        assertThat(Kg.run("ingest", SAMPLES.resolve("001_701f20fc6ad87026.txt").toString(), "--store",
            store.toString())).isZero();
        long before = IngestFixtures.quads(store);
        Path quads = Files.writeString(dir.resolve("one.nq"),
            "<https://example.org/s> <https://example.org/p> \"o\" <https://example.org/g> .\n");

        CommandRun full = CommandRun.of("load-nquads", quads.toString(), "--store", store.toString());
        CommandRun none = CommandRun.of("load-nquads", SAMPLES.toString(), "--store", dir.resolve("new").toString());
        CommandRun existing = CommandRun.of("load-nquads", quads.toString(), "--store", store.toString(), "--loader",
            "xloader");

        assertThat(full.code()).isEqualTo(2);
        assertThat(full.err()).contains("holds data already");
        assertThat(IngestFixtures.quads(store)).isEqualTo(before);
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("No N-Quads files");
        assertThat(existing.code()).isEqualTo(2);
        assertThat(existing.err()).contains("exists; the xloader builds a store in a new folder");
    }

    private static StoreCounts counts(Path store) {
        try (Tdb2GraphStore graphs = Tdb2GraphStore.wrap(KgDatasets.open(store))) {
            return graphs.counts();
        }
    }

    /** The (subject, graph) pairs the text index gives for a name, in order. */
    private static List<String> search(Path store, String text) {
        DatasetGraph dataset = KgDatasets.open(store);
        try {
            return Txn.calculateRead(dataset, () -> {
                String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s ?g WHERE { (?s ?score ?lit ?g)"
                    + " text:query \"" + text + "\" } ORDER BY ?s ?g";
                List<String> hits = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
                    qe.execSelect().forEachRemaining(row -> hits.add(row.get("s") + " " + row.get("g")));
                }
                return hits;
            });
        } finally {
            dataset.close();
        }
    }
}
