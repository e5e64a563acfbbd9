package org.warkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.warkg.ingest.InputFiles;
import org.warkg.pipeline.Extractor;
import org.warkg.pipeline.Outcome;

/**
 * Runs the extractor over the files under some paths on several threads and hands
 * the outcomes, in input order, to a consumer. Reports each problem as one line
 * naming the file and the reason, with the control characters of either escaped.
 */
final class BatchExtraction {

    private static final int WINDOW_PER_THREAD = 4;

    private final Extractor extractor;
    private final int threads;
    private final PrintStream err;
    private int failures;
    private int skipped;

    BatchExtraction(Extractor extractor, int threads, PrintStream err) {
        this.extractor = extractor;
        this.threads = threads;
        this.err = err;
    }

    /** Extracts every file and passes each outcome that has a record on, in input order. */
    void run(List<Path> paths, Consumer<Outcome> sink) {
        List<Path> files = InputFiles.collect(paths, (path, reason) -> fail(path.toString(), reason));
        Progress progress = new Progress(err, files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // A window of files in flight keeps memory bounded however large the batch.
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            for (Path file : files) {
                window.add(pool.submit(() -> {
                    Outcome outcome = extractor.extract(file);
                    progress.step();
                    return outcome;
                }));
                if (window.size() >= threads * WINDOW_PER_THREAD) {
                    deliver(window.poll().get(), sink);
                }
            }
            while (!window.isEmpty()) {
                deliver(window.poll().get(), sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Extraction crashed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void deliver(Outcome outcome, Consumer<Outcome> sink) {
        if (outcome.record() != null) {
            sink.accept(outcome);
        } else if (outcome.failed()) {
            fail(outcome.source(), outcome.problem());
        } else {
            skipped++;
            err.println("skipped " + Printable.of(outcome.source()) + ": " + Printable.of(outcome.problem()));
        }
    }

    /** Records a failure that happened outside extraction (writing, loading). */
    void fail(String source, String reason) {
        failures++;
        err.println("error: " + Printable.of(source) + ": " + Printable.of(reason));
    }

    int failures() {
        return failures;
    }

    int skipped() {
        return skipped;
    }
}
