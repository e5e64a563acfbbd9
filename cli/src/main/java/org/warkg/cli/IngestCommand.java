package org.warkg.cli;

import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.warkg.load.ArticleGraphs;
import org.warkg.load.ArticleLoader;
import org.warkg.load.LoadResult;
import org.warkg.pipeline.Extractor;
import org.warkg.record.DocumentRecord;
import org.warkg.serve.KgDatasets;
import org.warkg.serve.RunningServer;
import org.warkg.store.GraphStore;
import org.warkg.store.RemoteGraphStore;
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
        if (compact && endpoint == null) {
            CompactCommand.refuseWhileServed(storeFolder());
        }
        IngestTally tally = new IngestTally();
        BatchExtraction batch;
        try (GraphStore graphs = openStore()) {
            batch = new BatchExtraction(Extractor.standard(), threads, System.err);
            ArticleLoader loader = new ArticleLoader(ArticleGraphs.standard(), graphs);
            List<DocumentRecord> pending = new ArrayList<>();
            Runnable flush = () -> {
                LoadResult result = loader.load(pending);
                result.rejected().forEach(r -> batch.fail(r.doc(), r.reason()));
                tally.add(result);
                pending.clear();
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
            System.err.println(tally.summary((System.nanoTime() - start) / 1e9, graphs.counts(),
                batch.skipped(), batch.failures()));
        }
        if (compact && endpoint == null) {
            CompactCommand.compactAndReport(storeFolder());
        }
        return batch.failures() == 0 ? 0 : 1;
    }

    private Path storeFolder() {
        return store != null ? store : ProjectPaths.store();
    }

    /**
     * The store to load into: the endpoint given, else the server that holds the store folder, else the
     * folder itself, opened before extraction starts so that a store in use fails at once.
     */
    private GraphStore openStore() throws IOException {
        if (endpoint != null) {
            return remote(endpoint, password.get());
        }
        Path folder = storeFolder();
        Optional<RunningServer> server = RunningServer.find(folder);
        if (server.isPresent()) {
            return throughServer(folder, server.get());
        }
        refuseUnwritable(folder);
        // Opened as the server's configuration describes it, so the text index follows the store.
        return Tdb2GraphStore.wrap(KgDatasets.open(folder));
    }

    /** A store folder (or the folder it would be made in) that this user cannot write fails before extraction. */
    private static void refuseUnwritable(Path folder) {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isWritable(existing)) {
            throw new CommandException("Cannot write to " + StoreFolder.shown(existing) + " (permission denied),"
                + " so the store " + StoreFolder.shown(folder) + " cannot be loaded.",
                "Give a store folder you can write with --store DIR, or change the folder's permissions.", 2);
        }
    }

    /** kg serve holds the store's lock: its admin writes for us, given the password. */
    private GraphStore throughServer(Path folder, RunningServer server) throws IOException {
        String shown = StoreFolder.shown(folder);
        if (!server.writable()) {
            throw new CommandException("kg serve at " + server.datasetUrl() + " holds " + shown
                + " and was started without an admin password, so it accepts no writes.",
                "Stop it and ingest, or restart it with KG_ADMIN_PASSWORD set and ingest with the same"
                    + " variable.", 2);
        }
        String secret = password.get();
        if (secret == null) {
            throw new CommandException("kg serve at " + server.datasetUrl() + " holds " + shown
                + "; writing through it needs its admin password.",
                "Set KG_ADMIN_PASSWORD, or give --password-file FILE, as for the server; or stop the"
                    + " server.", 2);
        }
        System.err.println("kg serve holds " + shown + ": ingesting through it at " + server.datasetUrl());
        return remote(server.datasetUrl(), secret);
    }

    /** The remote dataset, checked to answer and to take writes before any article is extracted. */
    private GraphStore remote(String dataset, String secret) {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (secret != null) {
            client.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, secret.toCharArray());
                }
            });
        }
        RemoteGraphStore store = RemoteGraphStore.connect(dataset, "data", "sparql", client.build());
        try {
            store.checkWritable();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }
}
