package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.store.Tdb2GraphStore;

/** {@code kg watch}: files dropped into a folder end up in the store, once each. */
class WatchIT {

    @TempDir
    Path dir;

    @Test
    void aFileDroppedIntoTheFolderIsLoadedOnce() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path store = dir.resolve("store");
        Files.copy(IngestFixtures.SAMPLES.resolve("001_701f20fc6ad87026.txt"), inbox.resolve("first.txt"));
        Files.writeString(inbox.resolve(".first.txt.part"), "a copy still being written");
        Files.writeString(inbox.resolve("notes.md"), "not an article");
        String[] watch = {"watch", inbox.toString(), "--once", "--settle", "100ms", "--store", store.toString()};

        CommandRun first = CommandRun.of(watch);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("new " + inbox.resolve("first.txt").toAbsolutePath())
            .doesNotContain(".part", "notes.md");

        CommandRun again = CommandRun.of(watch);
        assertThat(again.out()).contains("unchanged " + inbox.resolve("first.txt").toAbsolutePath())
            .doesNotContain("new ");
        try (Tdb2GraphStore tdb = Tdb2GraphStore.open(store)) {
            assertThat(tdb.counts().articles()).isEqualTo(1);
        }
    }

    @Test
    void aWatchingFollowerLoadsAFileAsSoonAsItIsComplete() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path store = dir.resolve("store");
        Path state = dir.resolve("watch-state.json");
        CommandRun[] run = new CommandRun[1];
        Thread watcher = new Thread(() -> run[0] = CommandRun.of("watch", inbox.toString(), "--settle", "200ms",
            "--rescan", "2s", "--store", store.toString()));
        watcher.start();
        try {
            Thread.sleep(1000);
            Path dropped = inbox.resolve("dropped.txt");
            Files.copy(IngestFixtures.SAMPLES.resolve("004_0635df28be2fd5f0.txt"), dropped);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!(Files.exists(state) && Files.readString(state).contains("graph/"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        } finally {
            watcher.interrupt();
            watcher.join(30_000);
        }
        assertThat(watcher.isAlive()).isFalse();
        assertThat(run[0].out()).contains("new " + inbox.resolve("dropped.txt").toAbsolutePath());
        try (Tdb2GraphStore tdb = Tdb2GraphStore.open(store)) {
            assertThat(tdb.counts().articles()).isEqualTo(1);
        }
    }
}
