package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entity page as a real browser renders it: headless Chromium loads the page
 * from the running server and dumps the DOM it built. Chromium must be installed
 * (Debian package {@code chromium}, which {@code .ci/run} installs); without it
 * this test fails rather than skips, so a missing browser cannot pass unnoticed.
 */
class BrowserIT {

    private static final String BROWSER = "chromium";
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void browserShowsTheEntityItsEventsAndEvidence() throws Exception {
        Path chromium = findOnPath(BROWSER);
        try (FixtureServer server = FixtureServer.start(dir)) {
            String dom = dumpDom(chromium, server.root() + "/id/place/kharkiv");
            assertThat(dom).contains("<h1>Kharkiv</h1>", "Kharkov")
                .contains("<a href=\"/id/event/strike\">Attack</a>", "2024-05-10")
                .contains("Russian forces struck Kharkiv with Shahed-136 drones overnight, killing two people")
                .contains("Russian drones strike Kharkiv overnight");
        }
    }

    @Test
    void theWebUiListsTheDatasetWithoutAPassword() throws Exception {
        Path chromium = findOnPath(BROWSER);
        try (FixtureServer server = FixtureServer.start(dir)) {
            String dom = dumpDom(chromium, server.root() + "/");
            assertThat(dom).contains("/kg", "query").doesNotContain("Loading...");
        }
    }

    @Test
    void theQueryPageOpensWithTheProjectsPrefixesAndExamples() throws Exception {
        Path chromium = findOnPath(BROWSER);
        try (FixtureServer server = FixtureServer.start(dir)) {
            String dom = dumpDom(chromium, server.root() + "/#/dataset/kg/query");
            assertThat(dom).contains("Events per type", "Who reported what", ">kg<")
                .doesNotContain("Selection of triples");
        }
    }

    private Path findOnPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).map(folder -> Path.of(folder, name))
            .filter(Files::isExecutable).findFirst()
            .orElseGet(() -> fail("The browser test needs Chromium, but no '" + name + "' is on the PATH ("
                + path + "). Install it with: apt-get install chromium  (.ci/run does this)."));
    }

    /** Runs headless Chromium on the URL and returns the DOM it printed. */
    private String dumpDom(Path chromium, String url) throws IOException, InterruptedException {
        Path dom = dir.resolve("dom.html");
        Path log = dir.resolve("chromium.log");
        List<String> command = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--user-data-dir=" + dir.resolve("profile"),
            // Time for the UI's scripts to fetch the dataset list before the DOM is printed.
            "--virtual-time-budget=10000", "--dump-dom", url);
        Process process = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s; its log: " + Files.readString(log));
        }
        assertThat(process.exitValue()).as("Chromium's exit code; its log: %s", Files.readString(log)).isZero();
        return Files.readString(dom, StandardCharsets.UTF_8);
    }
}
