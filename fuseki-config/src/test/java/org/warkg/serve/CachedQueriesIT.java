package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An answer asked for again comes from the cache only while no write has changed the data. */
class CachedQueriesIT {

    private static final String GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path dir;

    private static FixtureServer server;

    @BeforeAll
    static void start() {
        server = FixtureServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWriteEndsTheCachedAnswerAtOnce() {
        String before = server.select(GRAPHS);
        assertThat(server.select(GRAPHS)).isEqualTo(before).contains("\r\n2\r\n");

        int status = server.dropGraph("graph/a");

        assertThat(status).isEqualTo(204);
        assertThat(server.select(GRAPHS)).contains("\r\n1\r\n");
    }

    @Test
    void aQueryWhoseAnswerVariesRunsEachTime() {
        String random = "SELECT (RAND() AS ?r) WHERE { }";
        assertThat(server.select(random)).isNotEqualTo(server.select(random));
    }

    @Test
    void anotherFormatIsAnotherAnswer() {
        String json = server.get(server.dataset() + "/sparql?query=" + URLEncoder.encode(GRAPHS,
            StandardCharsets.UTF_8), "application/sparql-results+json").body();
        assertThat(server.select(GRAPHS)).doesNotContain("{");
        assertThat(json).contains("\"bindings\"");
    }
}
