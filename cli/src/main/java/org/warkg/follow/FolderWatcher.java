package org.warkg.follow;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.warkg.ingest.DocumentLoader;
import org.warkg.pipeline.Extractor;

/**
 * Watches a folder that other tools drop {@code .html}, {@code .htm} and {@code .txt} files into,
 * and takes each new or changed file in once it has stopped growing. The watch service says when
 * something changed; a rescan every so often catches what it missed (some file systems tell nothing).
 */
public final class FolderWatcher {

    private static final List<String> SUFFIXES = List.of(".html", ".htm", ".txt");
    /** Checks of a growing file before it is left for the next rescan. */
    private static final int SETTLE_CHECKS = 20;

    private final Path folder;
    private final Extractor extractor;
    private final ArticleIntake intake;
    private final Duration settle;
    private final Map<Path, Stamp> seen = new HashMap<>();

    /** @param settle how long a file's size and time must stay the same before it is read */
    public FolderWatcher(Path folder, Extractor extractor, ArticleIntake intake, Duration settle) {
        this.folder = folder;
        this.extractor = extractor;
        this.intake = intake;
        this.settle = settle;
    }

    /** A file's size and modification time: when both stay put, the writer is done. */
    private record Stamp(long size, long modified) {
    }

    /** Takes in every file of the folder not yet read in its present form. */
    public void scan() throws InterruptedException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(FolderWatcher::wanted).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
        for (Path file : files) {
            take(file);
        }
        intake.endRound();
    }

    /** Watches until interrupted, rescanning the whole folder at the given interval. */
    public void run(Duration rescan) throws IOException, InterruptedException {
        try (WatchService watch = folder.getFileSystem().newWatchService()) {
            folder.register(watch, ENTRY_CREATE, ENTRY_MODIFY);
            scan();
            long nextScan = System.nanoTime() + rescan.toNanos();
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watch.poll(Math.max(1, nextScan - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (key != null) {
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.context() instanceof Path name && wanted(folder.resolve(name))) {
                            take(folder.resolve(name));
                        }
                    }
                    key.reset();
                    intake.endRound();
                }
                if (System.nanoTime() >= nextScan) {
                    scan();
                    nextScan = System.nanoTime() + rescan.toNanos();
                }
            }
        }
    }

    private static boolean wanted(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // Dot files are the temporary copies many tools write before renaming them into place.
        return !name.startsWith(".") && SUFFIXES.stream().anyMatch(name::endsWith) && Files.isRegularFile(file);
    }

    private void take(Path file) throws InterruptedException {
        Stamp stamp = settled(file);
        if (stamp == null || stamp.equals(seen.get(file))) {
            return;
        }
        seen.put(file, stamp);
        String key = file.toAbsolutePath().normalize().toString();
        if (stamp.size() > DocumentLoader.MAX_BYTES) {
            intake.failed(key, "too large (" + stamp.size() + " bytes, limit " + DocumentLoader.MAX_BYTES + ")");
            return;
        }
        try {
            intake.take(key, Files.readAllBytes(file), () -> extractor.extract(file), Validators.NONE, null);
        } catch (IOException e) {
            intake.failed(key, "cannot read: " + e.getMessage());
        }
    }

    /** The file's stamp once it has stayed the same for the settle time; null if it vanished or kept growing. */
    private Stamp settled(Path file) throws InterruptedException {
        Stamp before = stamp(file);
        for (int check = 0; before != null && check < SETTLE_CHECKS; check++) {
            Thread.sleep(settle.toMillis());
            Stamp now = stamp(file);
            if (before.equals(now)) {
                return now;
            }
            before = now;
        }
        return null;
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }
}
