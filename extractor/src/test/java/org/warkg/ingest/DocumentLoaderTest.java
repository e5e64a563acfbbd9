package org.warkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLoaderTest {

    /** A short news item in Russian, long enough for the charset detector to tell its encoding. */
    private static final String RUSSIAN = "Ночью над областью сбили двенадцать беспилотников, сообщил губернатор. "
        + "По его словам, обломки упали на окраине города, повреждены крыша склада и линия электропередачи. "
        + "Пострадавших нет, на месте работают спасатели и энергетики.";

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
    void readsUtf16WithAByteOrderMarkInEitherByteOrder() throws IOException, IngestException {
        String text = "Drones struck Kharkiv overnight, the mayor said. Two people were hurt.";
        Path little = Files.write(dir.resolve("le.txt"), withMark(new byte[] {(byte) 0xFF, (byte) 0xFE},
            text.getBytes(StandardCharsets.UTF_16LE)));
        Path big = Files.write(dir.resolve("be.txt"), withMark(new byte[] {(byte) 0xFE, (byte) 0xFF},
            text.getBytes(StandardCharsets.UTF_16BE)));

        assertThat(loader.load(little).text()).isEqualTo(text);
        assertThat(loader.load(big).text()).isEqualTo(text);
    }

    @Test
    void readsWindows1252Text() throws IOException, IngestException {
        String text = "Drones struck a café in Kharkiv overnight – Zelenskyy’s office said two people were hurt.";
        Path file = Files.write(dir.resolve("cp1252.txt"), text.getBytes("windows-1252"));

        assertThat(loader.load(file).text()).isEqualTo(text);
    }

    @Test
    void readsRussianInWindows1251AndKoi8r() throws IOException, IngestException {
        Path cp1251 = Files.write(dir.resolve("cp1251.txt"), RUSSIAN.getBytes("windows-1251"));
        Path koi8 = Files.write(dir.resolve("koi8.txt"), RUSSIAN.getBytes("KOI8-R"));

        assertThat(loader.load(cp1251).text()).isEqualTo(RUSSIAN);
        assertThat(loader.load(koi8).text()).isEqualTo(RUSSIAN);
    }

    @Test
    void honoursTheCharsetAnHtmlPageDeclares() throws IOException, IngestException {
        // ISO-8859-2 puts letters where windows-1252 has symbols: undeclared, these bytes would read "£ódŒ".
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">"
            + "</head><body><p>Drones flew over Łódź and Kraków on Monday night, officials said.</p></body></html>";
        Path file = Files.write(dir.resolve("pl.html"), html.getBytes("ISO-8859-2"));

        assertThat(loader.load(file).text()).contains("Łódź and Kraków");
    }

    @Test
    void aPageOfUnclosedTagsHasNoArticleText() throws IOException {
        Path file = Files.writeString(dir.resolve("tags.txt"), "<a".repeat(500_000));
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(IngestException.class)
            .hasMessageStartingWith("no article text");
    }

    @Test
    void aDeviceIsNoRegularFileAndIsNotRead() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertThatThrownBy(() -> loader.load(zero)).isInstanceOf(IngestException.class)
            .hasMessage("not a regular file (a device)");
    }

    private static byte[] withMark(byte[] mark, byte[] text) {
        byte[] bytes = Arrays.copyOf(mark, mark.length + text.length);
        System.arraycopy(text, 0, bytes, mark.length, text.length);
        return bytes;
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> loader.load(dir.resolve("absent.txt"))).isInstanceOf(IngestException.class)
            .hasMessageContaining("no such file");
    }
}
