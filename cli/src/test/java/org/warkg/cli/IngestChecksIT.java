package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.warkg.cli.IngestFixtures.SAMPLES;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.store.StoreCounts;
import org.warkg.store.Tdb2GraphStore;

/**
 * {@code kg ingest}: a store it cannot use fails before any article is extracted, in two
 * plain lines, and the closing line gives what the store holds as read back from it.
 */
class IngestChecksIT {

    @TempDir
    Path dir;

    @Test
    void anEndpointWhereNothingAnswersFailsBeforeExtraction() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        CommandRun run = CommandRun.of("ingest", SAMPLES.toString(), "--endpoint", "http://127.0.0.1:" + closed
            + "/kg");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err()).contains("nothing answers there").doesNotContain("000_");
    }

    @Test
    void anAddressThatIsNoDatasetSaysWhatUrlToGive() {
        FusekiServer server = FusekiServer.create().loopback(true).port(0)
            .add("/kg", DatasetGraphFactory.createTxnMem()).build().start();
        try {
            CommandRun run = CommandRun.of("ingest", SAMPLES.toString(), "--endpoint",
                "http://localhost:" + server.getHttpPort() + "/nothing-here");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err().lines()).hasSize(2);
            assertThat(run.err()).contains("HTTP 404", "http://127.0.0.1:3030/kg");
        } finally {
            server.stop();
        }
    }

    @Test
    void aStoreFolderThatCannotBeWrittenIsRefusedWithTheFix() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        assumeFalse(Files.isWritable(locked), "root writes to any folder");
        CommandRun run = CommandRun.of("ingest", SAMPLES.toString(), "--store", locked.resolve("tdb2").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err()).contains("permission denied", "--store DIR");
    }

    @Test
    void aGrowthBoundThatNoStoreCanKeepIsRefusedBeforeTheStoreIsMade() {
        Path store = dir.resolve("tdb2");
        CommandRun run = CommandRun.of("ingest", SAMPLES.toString(), "--store", store.toString(), "--max-growth", "1");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--max-growth must be above 1, or 0");
        assertThat(store).doesNotExist();
    }

    @Test
    void theClosingLineGivesWhatTheStoreHolds() {
        Path store = dir.resolve("tdb2");
        CommandRun run = CommandRun.of("ingest", SAMPLES.toString(), "--store", store.toString());

        assertThat(run.code()).isZero();
        StoreCounts counts;
        try (Tdb2GraphStore tdb = Tdb2GraphStore.open(store)) {
            counts = tdb.counts();
        }
        assertThat(counts.events()).isPositive();
        assertThat(run.err()).contains("the store holds " + counts);
    }
}
