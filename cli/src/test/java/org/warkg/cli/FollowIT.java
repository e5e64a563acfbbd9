package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.serve.KgServer;
import org.warkg.serve.ServerSettings;
import org.warkg.store.Tdb2GraphStore;

/**
 * {@code kg follow}: a feed on a loopback site followed into a running kg server, round after
 * round, and pages that fail in every way a site can fail.
 */
class FollowIT {

    private static final String PASSWORD = "follow-secret";
    private static final String PREFIXES = "PREFIX kg: <https://w3id.org/warkg/ns#>\n"
        + "PREFIX prov: <http://www.w3.org/ns/prov#>\nPREFIX oa: <http://www.w3.org/ns/oa#>\n";
    /** An entry of our own, appended to a page as a live blog would. */
    private static final String UPDATE = "\n\nUpdate, June 5: A Russian glide bomb struck a warehouse in Kupiansk"
        + " on June 5, killing two workers and injuring five others, Kharkiv Oblast Governor Oleh Syniehubov"
        + " said.\n";

    @TempDir
    Path dir;

    @Test
    void followsAFeedIntoTheServerAndTakesInOnlyWhatChanged() throws IOException {
        Path passwordFile = Files.writeString(dir.resolve("password"), PASSWORD);
        Path state = dir.resolve("follow-state.json");
        FusekiServer server = KgServer.start(new ServerSettings(dir.resolve("store"), dir.resolve("run"), 0,
            PASSWORD));
        try (FeedSite site = new FeedSite()) {
            String dataset = KgServer.datasetUrl(server);
            String blog = site.url("/news/live-blog.txt");
            String original = sample("000_7972728a4cc03e4f.txt");
            site.page("/news/live-blog.txt", original);
            site.page("/news/second.txt", sample("001_701f20fc6ad87026.txt"));
            site.page("/news/third.txt", sample("004_0635df28be2fd5f0.txt"));
            site.page("/private/draft.txt", sample("001_701f20fc6ad87026.txt"));
            for (String path : List.of("/news/third.txt", "/news/second.txt", "/news/live-blog.txt",
                    "/private/draft.txt")) {
                site.item(path);
            }
            String[] follow = {"follow", site.url("/feed.xml"), "--once", "--delay", "0s", "--endpoint", dataset,
                "--password-file", passwordFile.toString(), "--state", state.toString()};

            CommandRun first = CommandRun.of(follow);
            assertThat(first.code()).as(first.err()).isZero();
            assertThat(first.out()).contains("new " + blog + ": ", "new " + site.url("/news/second.txt"),
                "new " + site.url("/news/third.txt"), "skipped " + site.url("/private/draft.txt")
                    + ": robots.txt disallows it");
            assertThat(articleGraphs(dataset)).isEqualTo(3);
            assertThat(site.agents()).singleElement().asString().startsWith("warkg/").contains("kg follow");
            long blogEvents = events(dataset, blog);
            assertThat(blogEvents).isPositive();
            assertThat(mentions(dataset, "glide bomb struck a warehouse in Kupiansk")).isZero();

            site.page("/news/fourth.txt", sample("003_09b14becd530cfdc.txt"));
            site.item("/news/fourth.txt");
            site.page("/news/live-blog.txt", original + UPDATE);
            int before = site.requests().size();
            CommandRun second = CommandRun.of(follow);
            assertThat(second.code()).as(second.err()).isZero();
            assertThat(second.out()).contains("new " + site.url("/news/fourth.txt"), "updated " + blog,
                "unchanged " + site.url("/news/second.txt") + ": not modified",
                "unchanged " + site.url("/news/third.txt") + ": not modified");
            assertThat(site.requests().subList(before, site.requests().size()))
                .contains("GET /news/second.txt (conditional)", "GET /news/live-blog.txt (conditional)");
            assertThat(articleGraphs(dataset)).as("the changed page replaced its graph").isEqualTo(4);
            assertThat(mentions(dataset, "glide bomb struck a warehouse in Kupiansk")).isEqualTo(1);
            assertThat(events(dataset, blog)).isEqualTo(blogEvents + 1);
            assertThat(revisions(dataset, blog, site.url("/feed.xml"))).as("the new copy revises the first")
                .isEqualTo(1);

            site.page("/news/live-blog.txt", original);
            CommandRun third = CommandRun.of(follow);
            assertThat(third.out()).contains("updated " + blog);
            assertThat(mentions(dataset, "glide bomb struck a warehouse in Kupiansk"))
                .as("an entry taken off the page leaves the graph").isZero();
            assertThat(events(dataset, blog)).isEqualTo(blogEvents);

            before = site.requests().size();
            CommandRun restarted = CommandRun.of(follow);
            assertThat(restarted.code()).isZero();
            assertThat(restarted.out()).doesNotContain("new ", "updated ");
            assertThat(site.requests().subList(before, site.requests().size()))
                .filteredOn(r -> r.startsWith("GET /news/")).hasSize(4)
                .allMatch(r -> r.endsWith("(conditional)"));
        } finally {
            server.stop();
        }
    }

    @Test
    void aBrokenFeedOrPageIsNamedAndTheRestGoesOn() throws IOException {
        Path store = dir.resolve("store");
        try (FeedSite site = new FeedSite()) {
            site.page("/news/third.txt", sample("004_0635df28be2fd5f0.txt"));
            site.page("/busy.txt", sample("001_701f20fc6ad87026.txt"));
            for (String path : List.of("/news/third.txt", "/busy.txt", "/huge", "/stalls")) {
                site.item(path);
            }
            long start = System.nanoTime();
            CommandRun run = CommandRun.of("follow", site.url("/broken.xml"), site.url("/gone.xml"),
                site.url("/feed.xml"), "--once", "--delay", "0s", "--read-timeout", "2s", "--store",
                store.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.out()).contains(
                "failed " + site.url("/broken.xml") + ": feed: not an RSS or Atom feed",
                "failed " + site.url("/gone.xml") + ": feed: HTTP 404",
                "failed " + site.url("/stalls") + ": no complete answer within 2.0 s",
                "failed " + site.url("/huge") + ": too large",
                "new " + site.url("/news/third.txt"), "new " + site.url("/busy.txt"));
            assertThat(site.requests()).as("asked again after the Retry-After").containsSubsequence(
                "GET /busy.txt", "GET /busy.txt");
            assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(60);
        }
        try (Tdb2GraphStore tdb = Tdb2GraphStore.open(store)) {
            assertThat(tdb.counts().articles()).isEqualTo(2);
        }
        assertThat(dir.resolve("follow-state.json")).content().contains("/news/third.txt")
            .doesNotContain("/huge", "/stalls");
    }

    private static String sample(String name) throws IOException {
        return Files.readString(IngestFixtures.SAMPLES.resolve(name));
    }

    private static long articleGraphs(String dataset) {
        return number(dataset, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a kg:ArticleGraph } }");
    }

    /** Events the article fetched from the URL reports. */
    private static long events(String dataset, String url) {
        return number(dataset, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?g prov:wasDerivedFrom ?a ."
            + " ?a kg:sourceFile \"" + url + "\" . ?r kg:reports ?e } }");
    }

    /** Reports whose evidence quotes the words, in any graph. */
    private static long mentions(String dataset, String words) {
        return number(dataset, "SELECT (COUNT(?r) AS ?n) WHERE { GRAPH ?g { ?r kg:evidence/oa:hasSelector/oa:exact"
            + " ?q FILTER(CONTAINS(?q, \"" + words + "\")) } }");
    }

    /** Copies of the page, found through the feed, that revise an earlier copy. */
    private static long revisions(String dataset, String url, String feed) {
        return number(dataset, "SELECT (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?x prov:used ?c . ?c kg:feed <" + feed
            + "> ; prov:generatedAtTime ?t ; prov:wasRevisionOf ?old . ?g prov:wasDerivedFrom ?a ."
            + " ?a kg:sourceFile \"" + url + "\" } }");
    }

    private static long number(String dataset, String select) {
        try (QueryExecution query = QueryExecution.service(dataset + "/sparql").query(PREFIXES + select).build()) {
            ResultSet results = query.execSelect();
            QuerySolution row = results.next();
            return row.getLiteral("n").getLong();
        }
    }
}
