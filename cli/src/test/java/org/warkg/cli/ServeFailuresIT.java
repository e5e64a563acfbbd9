package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures a user meets around the server print two plain lines, cause and fix; --verbose adds the trace. */
class ServeFailuresIT {

    @TempDir
    Path dir;

    @Test
    void aBusyPortIsNamedWithTheOptionThatAvoidsIt() throws IOException {
        Path store = SampleStore.create(dir.resolve("tdb2"));
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandRun run = CommandRun.of("serve", "--store", store.toString(),
                "--run", dir.resolve("run").toString(), "--port", Integer.toString(busy.getLocalPort()));
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err().lines().filter(line -> !line.matches("\\d\\d:\\d\\d:\\d\\d .*")))
                .containsExactly("error: Port " + busy.getLocalPort() + " on 127.0.0.1 is already in use.",
                    "Stop what listens there, or serve on another port with --port N.");
        }
    }

    @Test
    void aFolderWithoutAStoreIsRefusedUnlessCreateIsGiven() {
        Path typo = dir.resolve("tbd2");
        CommandRun run = CommandRun.of("serve", "--store", typo.toString(), "--port", "0");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("No TDB2 store at", "--create").doesNotContain("\tat ");
        assertThat(typo).doesNotExist();
    }

    @Test
    void aServerThatIsNotRunningIsSaidSoAndVerboseShowsTheTrace() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + closed + "/kg";
        CommandRun run = CommandRun.of("query", "articles", "--endpoint", endpoint);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err()).contains("nothing answers there", "./kg serve");
        CommandRun verbose = CommandRun.of("query", "articles", "--endpoint", endpoint, "--verbose");
        assertThat(verbose.err()).contains("nothing answers there", "\tat ");
    }
}
