package org.warkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.warkg.load.ArticleGraphs;
import org.warkg.load.ArticleLoader;
import org.warkg.load.LoadResult;
import org.warkg.pipeline.Extractor;
import org.warkg.record.DocumentRecord;
import org.warkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg ingest PATH... [--store DIR | --endpoint URL]}: extract and load into the graph. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Extract news files and load them into the knowledge graph, one named graph per article.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively).")
    List<Path> paths;

    @Mixin
    StoreTarget target;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N", description = "Articles per transaction (default: 50).")
    int batchSize = 50;

    @Option(names = "--compact", description = "Compact the TDB2 store after loading, as 'kg compact' does: "
        + "worth it after loading many batches.")
    boolean compact;

    @Mixin
    GrowthBound growth;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        if (compact && target.local()) {
            CompactCommand.refuseWhileServed(target.folder());
        }
        IngestTally tally = new IngestTally();
        BatchExtraction batch;
        boolean tallied;
        try (GraphStore graphs = target.open()) {
            batch = new BatchExtraction(Extractor.standard(), threads, System.err);
            ArticleLoader loader = new ArticleLoader(ArticleGraphs.standard(), graphs);
            Runnable keepGrowth = growth.keep(graphs, target.folder());
            List<DocumentRecord> pending = new ArrayList<>();
            Runnable flush = () -> {
                LoadResult result = loader.load(pending);
                result.rejected().forEach(r -> batch.fail(r.doc(), r.reason()));
                tally.add(result);
                pending.clear();
                keepGrowth.run();
            };
            batch.run(paths, outcome -> {
                pending.add(outcome.record());
                if (pending.size() >= batchSize) {
                    flush.run();
                }
            });
            if (!pending.isEmpty()) {
                flush.run();
            }
            tallied = !tally.stored() || target.summarizeAfterLoad(graphs);
            // Rebuilding the tallies rewrites much of the indexes: the bound holds after it too.
            keepGrowth.run();
            System.err.println(tally.summary((System.nanoTime() - start) / 1e9, graphs.counts(),
                batch.skipped(), batch.failures()));
        }
        if (compact && target.local()) {
            CompactCommand.compactAndReport(target.folder());
        }
        return batch.failures() == 0 && tallied ? 0 : 1;
    }
}
