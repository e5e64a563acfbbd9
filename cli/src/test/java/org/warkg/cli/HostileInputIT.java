package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken inputs, each in a batch with a good article: every one gets a
 * clear error or a clean skip, the good article still gives its record, and the run
 * neither crashes nor runs out of its 1 GB heap (set for these tests in the pom).
 */
class HostileInputIT {

    private static final Path GOOD = Path.of("..", "samples", "001_701f20fc6ad87026.txt");

    @TempDir
    Path dir;

    private Path input;
    private Path out;

    @BeforeEach
    void folders() throws IOException {
        input = Files.createDirectories(dir.resolve("input"));
        out = dir.resolve("out");
        Files.copy(GOOD, input.resolve("good.txt"));
    }

    private Result extract() {
        return extract(input.toString());
    }

    private Result extract(String... paths) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String[] args = Stream.concat(Stream.of("extract", "--out", out.toString()), Stream.of(paths))
                .toArray(String[]::new);
            int code = Kg.run(args);
            return new Result(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private record Result(int code, String messages) {
    }

    private void assertGoodRecordWritten() {
        assertThat(out.resolve("good.txt.json")).exists();
    }

    @Test
    void randomBytesAreRefusedAsBinary() throws IOException {
        byte[] noise = new byte[200_000];
        new Random(42).nextBytes(noise);
        Files.write(input.resolve("noise.txt"), noise);
        Result r = extract();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.messages()).containsPattern("noise\\.txt: (binary file|not valid UTF-8)");
        assertGoodRecordWritten();
    }

    @Test
    void aFiftyMegabyteHtmlPageIsRefusedAsTooLarge() throws IOException {
        try (OutputStream os = Files.newOutputStream(input.resolve("huge.html"))) {
            os.write("<html><body>".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "<p>Drones struck the city overnight, the mayor said.</p>\n"
                .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                os.write(chunk);
            }
        }
        Result r = extract();
        assertThat(r.messages()).contains("huge.html: file too large");
        assertGoodRecordWritten();
    }

    @Test
    void htmlNestedTenThousandLevelsDeepIsReadOrRefusedCleanly() throws IOException {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(10_000));
        html.append("<p>Russian drones struck Kharkiv overnight, killing three people, the mayor said.</p>");
        html.append("</div>".repeat(10_000)).append("</body></html>");
        Files.writeString(input.resolve("deep.html"), html);
        Result r = extract();
        assertThat(r.messages()).doesNotContain("Exception").doesNotContain("StackOverflow");
        assertGoodRecordWritten();
    }

    @Test
    void aMegabyteLineWithNoSpacesDoesNotStallTheRun() throws IOException {
        Files.writeString(input.resolve("line.txt"), "Kharkiv" + "x".repeat(1024 * 1024));
        assertThatCode(() -> {
            Result r = extract();
            assertThat(r.messages()).doesNotContain("Exception");
        }).doesNotThrowAnyException();
        assertGoodRecordWritten();
    }

    @Test
    void ukrainianAndRussianPagesAreSkippedAsNotEnglish() throws IOException {
        Files.writeString(input.resolve("uk.txt"), "Сили протиповітряної оборони вночі збили двадцять безпілотників "
            + "над Харківською областю, повідомив голова обласної військової адміністрації.");
        Files.writeString(input.resolve("ru.txt"), "Силы противовоздушной обороны ночью сбили двадцать беспилотников "
            + "над Белгородской областью, сообщил губернатор региона в своём телеграм-канале.");
        Result r = extract();
        assertThat(r.code()).isZero();
        assertThat(r.messages()).contains("skipped", "uk.txt: not English", "ru.txt: not English");
        assertGoodRecordWritten();
    }

    @Test
    void aRepetitivePageIsReadOnceAndQuickly() throws IOException {
        String paragraph = "<p>Russian drones hit three neighbourhoods of Kharkiv overnight, the mayor wrote "
            + "on Telegram.</p>\n";
        Files.writeString(input.resolve("repeat.html"), "<html><body><article>" + paragraph.repeat(100_000)
            + "</article></body></html>");
        long start = System.nanoTime();
        Result r = extract();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        assertThat(r.code()).isZero();
        assertThat(out.resolve("repeat.html.json")).exists();
    }

    @Test
    void aSymbolicLinkLoopIsReportedAndTheWalkGoesOn() throws IOException {
        Path sub = Files.createDirectories(input.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), sub);
        Result r = extract();
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.messages()).contains("symbolic link loop");
        assertGoodRecordWritten();
    }

    @Test
    void aFileThatDisappearsAfterListingIsReportedByName() throws IOException {
        Path vanishing = Files.copy(GOOD, input.resolve("vanishing.txt"));
        Path good = input.resolve("good.txt");
        Files.delete(vanishing);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Kg.run("extract", good.toString(), vanishing.toString(), "--out", out.toString());
        } finally {
            System.setErr(original);
        }
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("vanishing.txt: no such file");
        assertGoodRecordWritten();
    }

    @Test
    void linksThatGoNowhereAPipeAndDevicesEachGetALineAndNothingHangs() throws IOException, InterruptedException {
        Files.createSymbolicLink(input.resolve("ping.txt"), input.resolve("pong.txt"));
        Files.createSymbolicLink(input.resolve("pong.txt"), input.resolve("ping.txt"));
        Files.createSymbolicLink(input.resolve("dangling.txt"), input.resolve("deleted.txt"));
        Files.createSymbolicLink(input.resolve("zero.txt"), Path.of("/dev/zero"));
        Files.createSymbolicLink(input.resolve("random.txt"), Path.of("/dev/urandom"));
        boolean pipe = makeFifo(input.resolve("pipe.txt"));

        Result r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> extract());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.messages()).contains("ping.txt: symbolic link loop", "pong.txt: symbolic link loop",
            "dangling.txt: symbolic link to a missing file", "zero.txt: not a regular file (a device)",
            "random.txt: not a regular file (a device)");
        if (pipe) {
            assertThat(r.messages()).contains("pipe.txt: not a regular file (a named pipe)");
        }
        assertGoodRecordWritten();
    }

    @Test
    void aPipeOrADeviceNamedDirectlyIsNotARegularFileRatherThanEmpty() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe.txt");
        assumeTrue(makeFifo(fifo), "mkfifo is not available");

        Result r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> extract(fifo.toString(), "/dev/zero",
            "/dev/urandom", input.resolve("good.txt").toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.messages()).contains("pipe.txt: not a regular file (a named pipe)",
            "/dev/zero: not a regular file (a device)", "/dev/urandom: not a regular file (a device)")
            .doesNotContain("empty file");
        assertGoodRecordWritten();
    }

    @Test
    void aFileNameWithALineBreakCannotForgeALineOfTheReport() throws IOException {
        Files.writeString(input.resolve("trap\nerror: good.txt: forged\u001b[2K.txt"), "\u0000binary");
        Result r = extract();

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.messages().lines()).noneMatch(line -> line.startsWith("error: good.txt"));
        assertThat(r.messages()).contains("trap\\nerror: good.txt: forged\\u001b[2K.txt: binary file, not text");
        assertGoodRecordWritten();
    }

    @Test
    void textInUtf16Windows1252Windows1251AndKoi8rIsDecodedNotRefused() throws IOException {
        String english = Files.readString(GOOD);
        byte[] utf16 = english.getBytes(StandardCharsets.UTF_16);
        Files.write(input.resolve("utf16.txt"), utf16);
        Files.write(input.resolve("cp1252.txt"), english.replace("'", "\u2019").getBytes("windows-1252"));
        String russian = "Ночью над областью сбили двенадцать беспилотников, сообщил губернатор. По его словам, "
            + "обломки упали на окраине города, повреждены крыша склада и линия электропередачи.";
        Files.write(input.resolve("cp1251.txt"), russian.getBytes("windows-1251"));
        Files.write(input.resolve("koi8.html"), ("<html><head><meta charset=\"koi8-r\"></head><body><p>" + russian
            + "</p></body></html>").getBytes("KOI8-R"));
        Result r = extract();

        assertThat(r.code()).as(r.messages()).isZero();
        assertThat(out.resolve("utf16.txt.json")).exists();
        assertThat(out.resolve("cp1252.txt.json")).exists();
        assertThat(r.messages()).contains("cp1251.txt: not English (detected 'rus')",
            "koi8.html: not English (detected 'rus')");
        assertGoodRecordWritten();
    }

    @Test
    void halfAMillionUnclosedTagsAreNoArticleTextRatherThanALanguage() throws IOException {
        Files.writeString(input.resolve("divs.html"), "<div>".repeat(500_000));
        Files.writeString(input.resolve("bold.html"), "<b>".repeat(500_000));
        Result r = extract();

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.messages()).contains("divs.html: HTML page with no article text",
            "bold.html: HTML page with no article text").doesNotContain("not English");
        assertGoodRecordWritten();
    }

    /** Makes a named pipe with mkfifo; false where there is no such command. */
    private static boolean makeFifo(Path path) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
