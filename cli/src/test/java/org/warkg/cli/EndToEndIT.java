package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warkg.cli.IngestFixtures.SAMPLES;
import static org.warkg.cli.IngestFixtures.quads;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.serve.KgServer;
import org.warkg.serve.ServerSettings;

/** The whole flow from the command line: sample articles in, a graph served by a real Fuseki out. */
class EndToEndIT {

    @TempDir
    Path dir;

    @Test
    void ingestsTheSamplesIdempotentlyAndServesThem() throws Exception {
        Path store = dir.resolve("tdb2");
        assertThat(Kg.run("ingest", SAMPLES.toString(), "--store", store.toString())).isZero();
        long first = quads(store);
        assertThat(Kg.run("ingest", SAMPLES.toString(), "--store", store.toString())).isZero();
        assertThat(quads(store)).isGreaterThan(0).isEqualTo(first);

        FusekiServer server = KgServer.start(new ServerSettings(store, dir.resolve("run"), 0, null));
        try {
            String names = query(KgServer.datasetUrl(server), "SELECT ?name WHERE { ?p a <https://schema.org/Person> ;"
                + " <https://schema.org/name> ?name }");
            assertThat(names).contains("Vyacheslav Gladkov", "Alexander Khinshtein")
                .containsPattern("Serge[yi] Shoigu");
        } finally {
            server.stop();
        }
    }

    @Test
    void badFilesAreReportedByNameWhileTheRestOfTheBatchIsIngested() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.copy(SAMPLES.resolve("001_701f20fc6ad87026.txt"), input.resolve("good.txt"));
        Files.createFile(input.resolve("empty.txt"));
        Files.write(input.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1});
        Files.writeString(input.resolve("nav.html"), "<html><body><nav>Home</nav></body></html>");
        Path store = dir.resolve("tdb2");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int code;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            code = Kg.run("ingest", input.toString(), input.resolve("missing.txt").toString(),
                "--store", store.toString());
        } finally {
            System.setErr(original);
        }
        String messages = err.toString(StandardCharsets.UTF_8);

        assertThat(code).isEqualTo(1);
        assertThat(messages).contains("empty.txt: empty file", "binary.txt: binary file",
            "nav.html: HTML page with no article text", "missing.txt: no such file");
        assertThat(messages).contains("ingested 1 documents");
        assertThat(quads(store)).isGreaterThan(0);
    }

    private static String query(String dataset, String sparql) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(dataset + "/sparql?query="
            + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
