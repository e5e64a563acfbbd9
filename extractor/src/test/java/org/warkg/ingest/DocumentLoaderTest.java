package org.warkg.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLoaderTest {

    private final DocumentLoader loader = DocumentLoader.standard();

    @TempDir
    Path dir;

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IngestException.class).hasMessage("empty file");
    }

    @Test
    void refusesABinaryFile() throws IOException {
        Path file = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IngestException.class)
            .hasMessageContaining("binary");
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        byte[] latin1 = "Drones struck Kharkiv \u00e9t\u00e9 apr\u00e8s minuit.".getBytes("ISO-8859-1");
        Path file = Files.write(dir.resolve("latin1.txt"), latin1);
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IngestException.class)
            .hasMessageContaining("UTF-8");
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> loader.load(dir.resolve("absent.txt"))).isInstanceOf(IngestException.class)
            .hasMessageContaining("no such file");
    }
}
