package org.warkg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.warkg.ingest.IngestException;
import org.warkg.ingest.InputFiles;
import org.warkg.ingest.SourceDocument;
import org.warkg.nlp.AnnotatedText;
import org.warkg.pipeline.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kg bench extract PATH...}: extraction throughput after warm-up, in KB of
 * text and tokens per second, for the whole extraction and for each stage alone,
 * on one thread and on several.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Measure extraction throughput (whole pipeline and per stage) on the given articles.")
final class BenchExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles (files or folders).")
    List<Path> paths;

    @Option(names = "--seconds", paramLabel = "S", description = "Measured time per run (default: 20).")
    double seconds = 20;

    @Option(names = "--warmup", paramLabel = "S", description = "Warm-up time before measuring (default: 10).")
    double warmup = 10;

    @Option(names = "--threads", paramLabel = "N", split = ",",
        description = "Thread counts to measure (default: 1 and all cores).")
    List<Integer> threads;

    @Override
    public Integer call() throws Exception {
        Extractor extractor = Extractor.standard();
        List<Path> files = InputFiles.collect(paths, (p, reason) -> System.err.println("error: " + p + ": " + reason));
        List<SourceDocument> documents = new ArrayList<>();
        for (Path file : files) {
            try {
                documents.add(extractor.load(file));
            } catch (IngestException e) {
                System.err.println("skipped " + file + ": " + e.getMessage());
            }
        }
        List<AnnotatedText> annotated = documents.stream().map(extractor::analyze).toList();
        long bytes = documents.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
        long tokens = annotated.stream().mapToLong(a -> a.sentences().stream().mapToLong(s -> s.tokens().size())
            .sum()).sum();
        System.out.printf(Locale.ROOT, "corpus: %d documents, %.1f KB of text, %d tokens; %s, %d cores, Java %s%n",
            documents.size(), bytes / 1024.0, tokens, System.getProperty("os.arch"),
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        List<Integer> counts = threads != null ? threads : List.of(1, Runtime.getRuntime().availableProcessors());
        for (int n : counts) {
            report("whole extraction", n, bytes, tokens, documents, extractor::extract);
            report("nlp stage", n, bytes, tokens, documents, extractor::analyze);
            report("entity stages", n, bytes, tokens, annotated, extractor::entities);
        }
        return 0;
    }

    private <T> void report(String what, int threadCount, long bytes, long tokens, List<T> inputs,
                            Consumer<T> work) throws Exception {
        run(threadCount, inputs, work, warmup);
        double[] rate = run(threadCount, inputs, work, seconds);
        double passes = rate[0];
        double elapsed = rate[1];
        System.out.printf(Locale.ROOT, "%-17s %2d thread(s): %9.1f KB/s %10.0f tokens/s (%.1f passes in %.1f s)%n",
            what, threadCount, passes * bytes / 1024.0 / elapsed, passes * tokens / elapsed, passes, elapsed);
    }

    /** Runs passes over the inputs for about the given time; returns {passes, seconds}. */
    private static <T> double[] run(int threadCount, List<T> inputs, Consumer<T> work, double forSeconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threadCount);
        try {
            long start = System.nanoTime();
            long end = start + (long) (forSeconds * 1e9);
            long items = 0;
            while (System.nanoTime() < end) {
                List<Future<?>> futures = new ArrayList<>();
                for (T input : inputs) {
                    futures.add(pool.submit(() -> work.accept(input)));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                items += inputs.size();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            return new double[] {(double) items / inputs.size(), elapsed};
        } finally {
            pool.shutdownNow();
        }
    }
}
