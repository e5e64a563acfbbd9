package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warkg.cli.IngestFixtures.SAMPLES;
import static org.warkg.cli.IngestFixtures.quads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compaction killed before it switched generations leaves its unfinished copy,
 * {@code Data-NNNN-tmp}, beside the store's data. The next command that opens the store
 * for itself removes it, says so, and finds every quad where it was.
 */
class CompactionLeftoversIT {

    @TempDir
    Path dir;

    @Test
    void anIngestRemovesTheCopyAndSaysSo() throws Exception {
        Path store = SampleStore.create(dir.resolve("tdb2"));
        Path leftover = unfinishedCopy(store);

        Path log = dir.resolve("ingest.log");
        Process ingest = ChildKg.start(log, "ingest", SAMPLES.resolve("001_701f20fc6ad87026.txt").toString(),
            "--store", store.toString());
        assertThat(ingest.waitFor(180, TimeUnit.SECONDS)).isTrue();

        assertThat(ingest.exitValue()).as(Files.readString(log)).isZero();
        assertThat(leftover).doesNotExist();
        assertThat(Files.readString(log)).contains(leftover.getFileName().toString());
        assertThat(quads(store)).isGreaterThan(fixtureQuads());
    }

    @Test
    void aCompactionRemovesTheCopyAndKeepsEveryQuad() throws IOException {
        Path store = SampleStore.create(dir.resolve("tdb2"));
        Path leftover = unfinishedCopy(store);

        CommandRun run = CommandRun.of("compact", "--store", store.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(leftover).doesNotExist();
        assertThat(generations(store)).containsExactly("Data-0002");
        assertThat(quads(store)).isEqualTo(fixtureQuads());
    }

    /** A copy of the store's data under the name a compaction writes to, as a kill mid-way leaves it. */
    private static Path unfinishedCopy(Path store) throws IOException {
        Path leftover = Files.createDirectory(store.resolve("Data-0002-tmp"));
        try (Stream<Path> files = Files.list(store.resolve("Data-0001"))) {
            for (Path file : files.filter(Files::isRegularFile).limit(3).toList()) {
                Files.copy(file, leftover.resolve(file.getFileName()));
            }
        }
        return leftover;
    }

    private static List<String> generations(Path store) throws IOException {
        try (Stream<Path> children = Files.list(store)) {
            return children.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted()
                .toList();
        }
    }

    /** Quads in the fixture the store was made from; counted in memory, as a store opened here stays locked. */
    private static long fixtureQuads() {
        return SampleStore.inMemory().stream().count();
    }
}
