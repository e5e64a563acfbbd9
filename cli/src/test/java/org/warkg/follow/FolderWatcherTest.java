package org.warkg.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.load.ArticleGraphs;
import org.warkg.load.ArticleLoader;
import org.warkg.pipeline.Extractor;
import org.warkg.store.Tdb2GraphStore;

class FolderWatcherTest {

    @TempDir
    Path dir;

    @Test
    void aFileStillBeingWrittenIsReadOnceItStopsGrowing() throws Exception {
        byte[] article = Files.readAllBytes(Path.of("..", "samples", "004_0635df28be2fd5f0.txt"));
        Path file = dir.resolve("arriving.txt");
        Files.write(file, new byte[0]);
        Thread writer = new Thread(() -> {
            try {
                int step = article.length / 8 + 1;
                for (int from = 0; from < article.length; from += step) {
                    Thread.sleep(100);
                    Files.write(file, Arrays.copyOfRange(article, from, Math.min(article.length, from + step)),
                        StandardOpenOption.APPEND);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        FollowState state = FollowState.load(dir.resolve("state.json"));
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            ArticleIntake intake = new ArticleIntake(new ArticleLoader(ArticleGraphs.standard(),
                store), state, new Report(new PrintStream(lines, true, StandardCharsets.UTF_8)), Clock.systemUTC(),
                () -> { });
            FolderWatcher watcher = new FolderWatcher(dir, Extractor.standard(), intake, Duration.ofMillis(400));
            writer.start();
            watcher.scan();
            writer.join();
        }

        String key = file.toAbsolutePath().normalize().toString();
        assertThat(lines.toString(StandardCharsets.UTF_8)).startsWith("new " + key).hasLineCount(1);
        assertThat(state.get(key).sha256()).as("the whole file").isEqualTo(ArticleIntake.sha256(article));
    }
}
