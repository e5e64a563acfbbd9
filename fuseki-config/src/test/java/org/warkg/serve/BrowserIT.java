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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's pages as a real browser renders them, without a password: headless
 * Chromium loads each page from a running server and dumps the DOM it built. The
 * web UI's start and query pages (which run scripts against the admin API), the
 * {@code /id/} index, and the pages of an entity, an event and an article; and a
 * form that another site's page submits to the update endpoint. Chromium
 * must be installed (Debian package {@code chromium}, which {@code .ci/run}
 * installs); without it this test fails rather than skips, so a missing browser
 * cannot pass unnoticed.
 */
class BrowserIT {

    private static final String BROWSER = "chromium";
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    static Path dir;

    private static FixtureServer server;
    private static int runs;

    @BeforeAll
    static void start() {
        server = FixtureServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theWebUiListsTheDatasetWithoutAPassword() throws Exception {
        String dom = dumpDom("/");
        assertThat(dom).contains("/kg", "query").doesNotContain("Loading...");
    }

    @Test
    void theQueryPageOpensWithTheProjectsPrefixesAndExamples() throws Exception {
        String dom = dumpDom("/#/dataset/kg/query");
        assertThat(dom).contains("Events per type", "Who reported what", ">kg<")
            .doesNotContain("Selection of triples");
    }

    @Test
    void theIndexHasASearchBoxAndCountsByType() throws Exception {
        String dom = dumpDom("/id/");
        assertThat(dom).contains("<input type=\"search\" name=\"q\"", "<h2>Events</h2>", "<h2>Entities</h2>")
            .containsPattern(">Attack</a></td><td><a [^>]*>1</a>")
            .containsPattern(">Place</a></td><td><a [^>]*>3</a>")
            .containsPattern(">Story</a></td><td><a [^>]*>4</a>");
        assertThat(dumpDom("/id/?q=kharkov")).contains("<a href=\"/id/place/kharkiv\">Kharkiv</a>");
    }

    @Test
    void theEntityPageShowsItsEventsAndEvidence() throws Exception {
        String dom = dumpDom("/id/place/kharkiv");
        assertThat(dom).contains("<h1>Kharkiv</h1>", "Kharkov")
            .contains("<a href=\"/id/event/strike\">Attack</a>", "2024-05-10")
            .contains("Russian forces struck Kharkiv with Shahed-136 drones overnight, killing two people")
            .contains("Russian drones strike Kharkiv overnight");
    }

    @Test
    void theEventPageShowsTypeDatePlaceAgentClaimsAndEvidence() throws Exception {
        String dom = dumpDom("/id/event/strike");
        assertThat(dom).contains("<h1>Attack in Kharkiv, 2024-05-10</h1>")
            .contains("<dt>Type</dt><dd><a href=\"/ns#Attack\">Attack</a></dd>")
            .contains("<dt>Date</dt><dd>2024-05-10 (day)</dd>")
            .contains("<dt>Place</dt><dd><a href=\"/id/place/kharkiv\">Kharkiv</a></dd>")
            .contains("<dt>Agent</dt><dd><a href=\"/id/org/russian-armed-forces\">Russian Armed Forces</a></dd>")
            .containsSubsequence("<a href=\"/id/person/oleh-syniehubov\">Oleh Syniehubov</a>",
                "<a href=\"/ns#Unverified\">unverified</a>",
                "Russian forces struck Kharkiv with Shahed-136 drones overnight")
            .containsSubsequence("Russia's Defence Ministry", "<a href=\"/ns#Disputed\">disputed</a>",
                "denied striking civilian targets in Kharkiv");
    }

    @Test
    void theArticlePageShowsEachStoryWithItsEvents() throws Exception {
        String dom = dumpDom("/id/article/a");
        assertThat(dom).containsSubsequence("1. Russian drones strike Kharkiv overnight", "/id/event/strike",
            "2. Villages near Izium change hands again", "2024-05-09", "/id/event/izium", "3. (no headline)");
    }

    @Test
    void theOntologyPageOpensAtATerm() throws Exception {
        assertThat(dumpDom("/ns#Attack")).contains("<h3 id=\"Attack\">Attack</h3>", "sem:Event");
    }

    @Test
    void aFormOnAnotherSiteCannotWriteWithTheAdminsLogin() throws Exception {
        String crossSite = "http://example.org/from-another-site";
        try (LoopbackSite site = new LoopbackSite("text/html", autoSubmittedInsert(crossSite))) {
            dumpDom(site.origin() + "/");
        }
        assertThat(server.select(countOf(crossSite))).contains("\n0");
    }

    @Test
    void theSameFormOnTheServersOwnPageWrites() throws Exception {
        // Shows that the browser does submit the form with the login, so the refusal above is the server's.
        String sameSite = "http://example.org/from-the-server";
        Files.writeString(dir.resolve("run/webapp/insert-form.html"), autoSubmittedInsert(sameSite));
        dumpDom("/insert-form.html");
        assertThat(server.select(countOf(sameSite))).contains("\n1");
    }

    /** A page that at once posts an insert to the server's update endpoint, the admin's login in its URL. */
    private static String autoSubmittedInsert(String subject) {
        String action = server.root().replace("http://", "http://admin:" + FixtureServer.PASSWORD + "@")
            + "/" + ServerSettings.DATASET + "/update";
        String update = "INSERT DATA { GRAPH <http://example.org/g> { <" + subject + "> <http://example.org/p> 1 } }";
        return "<!DOCTYPE html><html><body><form method=\"post\" action=\"" + action + "\">"
            + "<input type=\"hidden\" name=\"update\" value=\"" + update.replace("\"", "&quot;") + "\"></form>"
            + "<script>document.forms[0].submit();</script></body></html>";
    }

    private static String countOf(String subject) {
        return "SELECT (COUNT(*) AS ?n) WHERE { <" + subject + "> ?p ?o }";
    }

    private Path findOnPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).map(folder -> Path.of(folder, name))
            .filter(Files::isExecutable).findFirst()
            .orElseGet(() -> fail("The browser test needs Chromium, but no '" + name + "' is on the PATH ("
                + path + "). Install it with: apt-get install chromium  (.ci/run does this)."));
    }

    /** Runs headless Chromium on the server's page (or any URL) and returns the DOM it printed. */
    private String dumpDom(String path) throws IOException, InterruptedException {
        Path chromium = findOnPath(BROWSER);
        String url = path.startsWith("http") ? path : server.root() + path;
        int run = ++runs;
        Path dom = dir.resolve("dom-" + run + ".html");
        Path log = dir.resolve("chromium-" + run + ".log");
        List<String> command = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--user-data-dir=" + dir.resolve("profile-" + run),
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
