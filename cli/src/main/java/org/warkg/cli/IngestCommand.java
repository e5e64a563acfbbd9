package org.warkg.cli;

import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.warkg.load.ArticleLoader;
import org.warkg.load.LoadResult;
import org.warkg.load.ShapeValidator;
import org.warkg.pipeline.Extractor;
import org.warkg.rdf.RecordMapper;
import org.warkg.record.DocumentRecord;
import org.warkg.serve.KgDatasets;
import org.warkg.store.GraphStore;
import org.warkg.store.RemoteGraphStore;
import org.warkg.store.StoreException;
import org.warkg.store.Tdb2GraphStore;
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

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: store/tdb2).")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL",
        description = "Load into a remote SPARQL 1.1 dataset instead, e.g. http://127.0.0.1:3030/kg, "
            + "through its Graph Store Protocol endpoint 'data'.")
    String endpoint;

    @Option(names = "--user", paramLabel = "NAME", description = "User for --endpoint (default: admin).")
    String user = "admin";

    @Mixin
    AdminPassword password;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N", description = "Articles per transaction (default: 50).")
    int batchSize = 50;

    @Option(names = "--compact", description = "Compact the TDB2 store after loading, as 'kg compact' does: "
        + "worth it after loading many batches.")
    boolean compact;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        Extractor extractor = Extractor.standard();
        BatchExtraction batch = new BatchExtraction(extractor, threads, System.err);
        int[] counts = new int[3];
        long[] triples = new long[1];
        try (GraphStore graphs = openStore()) {
            ArticleLoader loader = new ArticleLoader(new RecordMapper(), ShapeValidator.standard(), graphs);
            List<DocumentRecord> pending = new ArrayList<>();
            Runnable flush = () -> {
                LoadResult result = loader.load(pending);
                counts[0] += result.loaded();
                triples[0] += result.triples();
                result.rejected().forEach(r -> batch.fail(r.doc(), r.reason()));
                pending.clear();
            };
            batch.run(paths, outcome -> {
                DocumentRecord record = outcome.record();
                counts[1] += record.entities().size();
                counts[2] += record.events().size();
                pending.add(record);
                if (pending.size() >= batchSize) {
                    flush.run();
                }
            });
            if (!pending.isEmpty()) {
                flush.run();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf(Locale.ROOT,
                "ingested %d documents: %d entities, %d events, %d triples in %.1f s; store holds %d quads; "
                    + "%d skipped, %d failed%n",
                counts[0], counts[1], counts[2], triples[0], seconds, graphs.quadCount(), batch.skipped(),
                batch.failures());
        } catch (StoreException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        if (compact && endpoint == null) {
            try {
                CompactCommand.compactAndReport(storeFolder());
            } catch (StoreException e) {
                System.err.println("error: " + e.getMessage());
                return 2;
            }
        }
        return batch.failures() == 0 ? 0 : 1;
    }

    private Path storeFolder() {
        return store != null ? store : ProjectPaths.store();
    }

    private GraphStore openStore() throws IOException {
        if (endpoint == null) {
            // Opened as the server's configuration describes it, so the text index follows the store.
            Path folder = storeFolder();
            try {
                return Tdb2GraphStore.wrap(KgDatasets.open(folder));
            } catch (RuntimeException e) {
                throw new StoreException("Cannot open TDB2 store " + folder + ": " + e.getMessage(), e);
            }
        }
        String secret = password.get();
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (secret != null) {
            client.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, secret.toCharArray());
                }
            });
        }
        return RemoteGraphStore.connect(endpoint, "data", "sparql", client.build());
    }
}
