package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.serve.RunningServer;

/**
 * The README's two terminals: {@code kg serve} runs in a child process and holds the
 * store, and query, export and ingest on the same store, given no endpoint, go
 * through it; ingest only with the admin password. When the server stops, its note
 * goes and the commands open the store themselves again.
 */
class CommandsBesideServerIT {

    private static final String PASSWORD = "beside-the-server";

    @TempDir
    Path dir;

    @Test
    void queryExportAndIngestGoThroughTheServerThatHoldsTheStore() throws Exception {
        String store = SampleStore.create(dir.resolve("tdb2")).toString();
        Path passwordFile = Files.writeString(dir.resolve("password"), PASSWORD);
        Process server = ChildKg.start(dir.resolve("serve.log"), "serve", "--store", store, "--port", "0",
            "--run", dir.resolve("run").toString(), "--password-file", passwordFile.toString());
        try {
            awaitNote(Path.of(store), server, dir.resolve("serve.log"));

            CommandRun query = CommandRun.of("query", "event-sources", "-p", "event=event/e1",
                "--format", "csv", "--store", store);
            assertThat(query.code()).as(query.err()).isZero();
            assertThat(query.out()).contains("Oleh Syniehubov", "regional prosecutors");

            Path out = dir.resolve("served.nq");
            CommandRun export = CommandRun.of("export", "--format", "nq", "--out", out.toString(),
                "--store", store);
            assertThat(export.code()).as(export.err()).isZero();
            DatasetGraph read = DatasetGraphFactory.create();
            RDFDataMgr.read(read, out.toString());
            assertThat(IsoMatcher.isomorphic(SampleStore.inMemory(), read)).isTrue();

            String article = IngestFixtures.SAMPLES.resolve("001_701f20fc6ad87026.txt").toString();
            CommandRun refused = CommandRun.of("ingest", article, "--store", store);
            assertThat(refused.code()).isEqualTo(2);
            assertThat(refused.err()).contains("KG_ADMIN_PASSWORD").doesNotContain("lock", "\tat ");
            CommandRun ingest = CommandRun.of("ingest", article, "--store", store,
                "--password-file", passwordFile.toString());
            assertThat(ingest.code()).as(ingest.err()).isZero();
            assertThat(ingest.err()).contains("ingesting through it");
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Path.of(store).resolve(RunningServer.FILE)).doesNotExist();
        CommandRun local = CommandRun.of("query", "articles", "--format", "csv", "--store", store);
        assertThat(local.code()).as(local.err()).isZero();
        assertThat(local.out()).contains("Russian drone strike kills three in Kharkiv",
            "001_701f20fc6ad87026");
    }

    /** Waits until the server has written its note and answers. */
    private static void awaitNote(Path store, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (RunningServer.find(store).isEmpty()) {
            assertThat(server.isAlive()).as("kg serve is running: %s", Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("kg serve started in time").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
