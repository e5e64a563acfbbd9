package org.warkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.warkg.load.ArticleGraphs;
import org.warkg.load.ArticleLoader;
import org.warkg.pipeline.Extractor;
import org.warkg.rdf.RecordMapper;
import org.warkg.record.DocumentRecord;
import org.warkg.serve.KgDatasets;
import org.warkg.store.Tdb2GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kg bench load PATH...}: load throughput of the ingest's loading step
 * against Jena's TDB2 bulk loader (the loader of {@code tdb2.tdbloader}) on the
 * same quads, side by side in one run, each into a fresh store. Extraction is done
 * first and not timed.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Compare the ingest's loading step with Jena's TDB2 bulk loader on the same quads.")
final class BenchLoadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles (files or folders).")
    List<Path> paths;

    @Option(names = "--work", required = true, paramLabel = "DIR", description = "Folder for the stores (emptied).")
    Path work;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per transaction (default: 50).")
    int batch = 50;

    @Override
    public Integer call() throws IOException {
        List<DocumentRecord> records = new ArrayList<>();
        new BatchExtraction(Extractor.standard(), Runtime.getRuntime().availableProcessors(), System.err)
            .run(paths, outcome -> records.add(outcome.record()));
        Files.createDirectories(work);
        Path quads = work.resolve("quads.nq");
        RecordMapper mapper = new RecordMapper();
        try (OutputStream out = Files.newOutputStream(quads)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            writer.start();
            records.forEach(r -> mapper.map(r, writer));
            writer.finish();
        }
        System.out.printf(Locale.ROOT, "%d articles; %s%n", records.size(), machine());

        Result ingest = ingest(records, work.resolve("ingest"), true);
        Result plain = ingest(records, work.resolve("ingest-no-text-index"), false);
        Result bulk = bulk(quads, work.resolve("tdbloader"));
        report("kg ingest loading step (SHACL + text index)", ingest, bulk);
        report("kg ingest loading step (SHACL, no text index)", plain, bulk);
        report("Jena TDB2 bulk loader (tdb2.tdbloader)", bulk, bulk);
        return 0;
    }

    private record Result(long quads, double seconds) {
        double rate() {
            return quads / seconds;
        }
    }

    private Result ingest(List<DocumentRecord> records, Path store, boolean textIndex) {
        long start = System.nanoTime();
        DatasetGraph dsg = textIndex ? KgDatasets.open(store) : DatabaseMgr.connectDatasetGraph(store.toString());
        try (Tdb2GraphStore graphs = Tdb2GraphStore.wrap(dsg)) {
            ArticleLoader loader = new ArticleLoader(ArticleGraphs.standard(), graphs);
            long quads = 0;
            for (int i = 0; i < records.size(); i += batch) {
                quads += loader.load(records.subList(i, Math.min(records.size(), i + batch))).triples();
            }
            return new Result(quads, (System.nanoTime() - start) / 1e9);
        }
    }

    private static Result bulk(Path quads, Path store) {
        long start = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        DataLoader loader = LoaderFactory.createLoader(dsg, MonitorOutputs.nullOutput());
        loader.startBulk();
        loader.load(quads.toString());
        loader.finishBulk();
        long count = loader.countQuads() + loader.countTriples();
        return new Result(count, (System.nanoTime() - start) / 1e9);
    }

    private static void report(String what, Result result, Result reference) {
        System.out.printf(Locale.ROOT, "%-48s %9d quads in %6.1f s: %9.0f quads/s (%.2f x bulk loader)%n", what,
            result.quads(), result.seconds(), result.rate(), result.rate() / reference.rate());
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores, %d MB max heap, Java %s", runtime.availableProcessors(),
            runtime.maxMemory() / (1024 * 1024), System.getProperty("java.version"));
    }
}
