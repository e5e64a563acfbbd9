package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that name another site in {@code Origin} or {@code Referer} are refused even
 * with the admin's password, as a browser would send them for another site's page;
 * writes from the server's own pages and from programs that name no page go through.
 */
class CrossSiteWriteIT {

    private static final String EVIL = "http://evil.example";

    @TempDir
    static Path dir;

    private static FixtureServer server;
    private static int inserts;

    @BeforeAll
    static void start() {
        server = FixtureServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A form that inserts a triple about the subject into an article graph (the default graph is their union). */
    private static String insertForm(String subject) {
        String update = "INSERT DATA { GRAPH <http://example.org/g> { <" + subject + "> <http://example.org/p> 1 } }";
        return "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder formPost(String subject) {
        return HttpRequest.newBuilder(URI.create(server.dataset() + "/update"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(insertForm(subject)));
    }

    private static String newSubject() {
        return "http://example.org/inserted/" + (++inserts);
    }

    private static boolean stored(String subject) {
        return server.select("SELECT (COUNT(*) AS ?n) WHERE { <" + subject + "> ?p ?o }").contains("\n1");
    }

    @Test
    void anotherSitesOriginIsRefusedEvenWithThePassword() {
        String subject = newSubject();
        HttpResponse<String> response = server.asAdmin(formPost(subject).header("Origin", EVIL));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Cross-site write refused");
        assertThat(stored(subject)).isFalse();
    }

    @Test
    void anotherSitesRefererCountsWhenThereIsNoOrigin() {
        String subject = newSubject();
        assertThat(server.asAdmin(formPost(subject).header("Referer", EVIL + "/page.html")).statusCode())
            .isEqualTo(403);
        assertThat(stored(subject)).isFalse();
    }

    @Test
    void anOpaqueOriginIsAnotherSite() {
        String subject = newSubject();
        assertThat(server.asAdmin(formPost(subject).header("Origin", "null")).statusCode()).isEqualTo(403);
        assertThat(stored(subject)).isFalse();
    }

    @Test
    void theServersOwnPagesAndProgramsWrite() {
        String fromUi = newSubject();
        assertThat(server.asAdmin(formPost(fromUi).header("Origin", server.root())).statusCode()).isIn(200, 204);
        String fromUiPage = newSubject();
        assertThat(server.asAdmin(formPost(fromUiPage).header("Referer", server.root() + "/#/dataset/kg/upload"))
            .statusCode()).isIn(200, 204);
        String fromProgram = newSubject();
        assertThat(server.asAdmin(formPost(fromProgram)).statusCode()).isIn(200, 204);
        assertThat(stored(fromUi)).isTrue();
        assertThat(stored(fromUiPage)).isTrue();
        assertThat(stored(fromProgram)).isTrue();
    }

    @Test
    void graphStoreWritesAndAdminActionsFromAnotherSiteAreRefused() {
        HttpResponse<String> put = server.asAdmin(HttpRequest.newBuilder(
                URI.create(server.dataset() + "/data?graph=http://example.org/put"))
            .header("Origin", EVIL).header("Content-Type", "text/turtle")
            .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> 1 .")));
        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(server.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/put> { ?s ?p ?o } }"))
            .contains("\n0");

        HttpResponse<String> delete = server.asAdmin(HttpRequest.newBuilder(
                URI.create(server.root() + "/$/datasets/" + ServerSettings.DATASET))
            .header("Origin", EVIL).DELETE());
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(server.get("/$/datasets/" + ServerSettings.DATASET, "application/json").statusCode())
            .isEqualTo(200);
    }

    @Test
    void anotherSiteMayStillQueryByPost() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.dataset() + "/sparql"))
            .header("Origin", EVIL).header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8))).build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(EVIL);
    }
}
