package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The admin password is the whole string given, whatever characters it holds: the
 * server takes exactly it, and refuses a part of it (or a trimmed copy) with 401.
 */
class PasswordsAsTypedIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    /** Each password, and a wrong one that a server reading it loosely would have taken. */
    static Stream<Arguments> passwords() {
        return Stream.of(
            Arguments.of("ab,c0rrect", "ab"),
            Arguments.of("  spaces at both ends  ", "spaces at both ends"),
            Arguments.of("say \"yes\" or 'no'", "say "),
            Arguments.of("key=value=more", "key"),
            Arguments.of("#not-a-comment", "#"),
            Arguments.of("back\\slash\\", "back"),
            Arguments.of("colon:inside", "colon"),
            Arguments.of("пароль-Kyïv-€", "пароль"));
    }

    @ParameterizedTest
    @MethodSource("passwords")
    void theWholePasswordWritesAndAPartIsRefused(String password, String wrong) throws Exception {
        FusekiServer server = KgServer.start(new ServerSettings(dir.resolve("tdb2"), dir.resolve("run"), 0, password));
        try {
            String update = KgServer.datasetUrl(server) + "/update";
            assertThat(insert(update, wrong)).isEqualTo(401);
            assertThat(insert(update, password)).isIn(200, 204);
            assertThat(Files.readString(dir.resolve("run/shiro.ini"))).doesNotContain(password);
        } finally {
            server.stop();
        }
    }

    private int insert(String url, String password) throws IOException, InterruptedException {
        String login = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Basic " + login)
            .header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString(
                "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }"))
            .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
