package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.serve.RunningServer;

/**
 * The README's "first hour" as a new user runs it: in a fresh project folder (a
 * temporary one holding the samples, given to kg as its home), terminal 1 ingests
 * the samples and serves them; then every {@code ./kg} command of terminal 2 is
 * read from README.md and run as written, with no {@code --store} or
 * {@code --endpoint}, each in its own JVM in that folder. Each must succeed and
 * print what it promises. The only change: the server listens on a free port,
 * not 3030, so the test cannot collide with a server already running.
 */
class ReadmeFirstHourIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern EXPORTED = Pattern.compile("exported (\\d+) (events|quads)");
    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    Path home;

    @Test
    void terminalTwosCommandsWorkBesideTheServer() throws Exception {
        List<List<String>> commands = terminalTwo(Files.readString(ROOT.resolve("README.md")));
        assertThat(commands).as("./kg commands of terminal 2 in README.md").hasSizeGreaterThanOrEqualTo(5);
        copySamples();

        Run ingest = run("ingest", "samples");
        assertThat(ingest.code()).as(ingest.output()).isZero();
        Process server = start("serve", "serve", "--port", "0");
        try {
            awaitServer(server);
            for (List<String> command : commands) {
                Run run = run(command.toArray(String[]::new));
                String shown = String.join(" ", command);
                assertThat(run.code()).as("%s%n%s", shown, run.output()).isZero();
                assertThat(run.output()).as(shown).doesNotContain("error:", "\tat ", "Failed to get a lock");
                check(command, run);
            }
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** What each kind of command must have printed or written, beyond succeeding. */
    private void check(List<String> command, Run run) throws IOException {
        String shown = String.join(" ", command);
        if (command.get(0).equals("query") && !command.contains("--list")) {
            // A header, a rule and at least one row for a table; a header and a row for CSV.
            int least = command.contains("csv") ? 2 : 3;
            assertThat(run.output().lines().filter(l -> !l.isBlank()).count()).as(shown).isGreaterThanOrEqualTo(least);
        }
        if (command.get(0).equals("export")) {
            Path out = home.resolve(command.get(command.indexOf("--out") + 1));
            assertThat(out).as(shown).exists();
            Matcher count = EXPORTED.matcher(run.output());
            assertThat(count.find()).as(run.output()).isTrue();
            if (command.contains("acled-csv")) {
                // The count printed is the number of rows written.
                long rows = Files.readAllLines(out, StandardCharsets.UTF_8).size() - 1L;
                assertThat(Long.parseLong(count.group(1))).as(shown).isEqualTo(rows).isPositive();
            }
        }
    }

    /** The {@code ./kg} commands of the shell block under "In terminal 2", split as a shell would. */
    static List<List<String>> terminalTwo(String readme) {
        int from = readme.indexOf("In terminal 2");
        int open = readme.indexOf("```sh", from);
        int close = readme.indexOf("```", open + 5);
        List<List<String>> commands = new ArrayList<>();
        for (String line : readme.substring(open + 5, close).split("\n")) {
            String code = line.replaceFirst("\\s+#.*$", "").strip();
            if (code.startsWith("./kg ")) {
                List<String> words = words(code);
                commands.add(words.subList(1, words.size()));
            }
        }
        return commands;
    }

    /** Words of a command line; double quotes group words and are dropped, as the shell does. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    words.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }

    private void copySamples() throws IOException {
        Path target = Files.createDirectories(home.resolve("samples"));
        try (Stream<Path> files = Files.list(ROOT.resolve("samples"))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }

    /** Waits until kg serve has noted where it listens and answers there. */
    private void awaitServer(Process server) throws Exception {
        Path store = home.resolve("store").resolve("tdb2");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (RunningServer.find(store).isEmpty()) {
            assertThat(server.isAlive()).as("kg serve is running: %s", log("serve")).isTrue();
            assertThat(System.nanoTime()).as("kg serve started in time").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Runs {@code kg ARGS} in the project folder and waits for it. */
    private Run run(String... args) throws Exception {
        String name = "run-" + System.nanoTime();
        Process process = start(name, args);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("kg " + String.join(" ", args) + " did not finish: " + log(name));
        }
        return new Run(process.exitValue(), log(name));
    }

    /** Starts {@code kg ARGS} in the project folder, as {@code ./kg} would, with its output in a log. */
    private Process start(String logName, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
            "-Dkg.home=" + home, "-cp", System.getProperty("java.class.path"), Kg.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
            .redirectOutput(home.resolve(logName + ".log").toFile()).start();
    }

    private String log(String name) throws IOException {
        return Files.readString(home.resolve(name + ".log"), StandardCharsets.UTF_8);
    }

    /** A finished command: its exit code and everything it printed. */
    private record Run(int code, String output) {}
}
