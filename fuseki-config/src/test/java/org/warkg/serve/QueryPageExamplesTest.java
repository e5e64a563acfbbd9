package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web UI's query page, as unpacked from the jena-fuseki-ui jar the build uses. */
class QueryPageExamplesTest {

    @TempDir
    Path dir;

    @Test
    void theShippedQueryPageGetsTheProjectsExamplesAndPrefixes() throws IOException {
        assertThat(UiFiles.unpack(dir)).isTrue();
        assertThat(QueryPageExamples.install(dir)).as("the fragments of this Fuseki UI version").isTrue();

        String script;
        try (Stream<Path> files = Files.list(dir.resolve("webapp/static"))) {
            Path page = files.filter(f -> f.getFileName().toString().matches("Query-.*\\.js"))
                .findFirst().orElseThrow();
            script = Files.readString(page, StandardCharsets.UTF_8);
        }
        assertThat(script).doesNotContain("Selection of triples")
            .contains("{uri:\"https://w3id.org/warkg/ns#\",text:\"kg\"}", "text:\"Events per type\"",
                "resizeable:!0,value:\"PREFIX");
    }

    @Test
    void aScriptWithoutTheFragmentsIsLeftAsItIs() {
        String other = "const page={queries:[]}";
        assertThat(QueryPageExamples.rewrite(other)).isEqualTo(other);
    }

    @Test
    void textBecomesAJavaScriptStringLiteral() {
        assertThat(QueryPageExamples.jsString("a \"b\"\\\nc")).isEqualTo("\"a \\\"b\\\"\\\\\\nc\"");
    }
}
