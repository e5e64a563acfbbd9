package org.warkg.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.http.auth.AuthEnv;
import org.warkg.queries.Summaries;
import org.warkg.serve.KgDatasets;
import org.warkg.serve.RunningServer;
import org.warkg.serve.TalliesKept;
import org.warkg.store.GraphStore;
import org.warkg.store.OptimizerStatistics;
import org.warkg.store.RemoteGraphStore;
import org.warkg.store.StoreException;
import org.warkg.store.Tdb2GraphStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where {@code kg ingest}, {@code kg follow} and {@code kg watch} write: a remote dataset, else the
 * {@code kg serve} that holds the store folder (through its admin), else the folder itself.
 */
final class StoreTarget {

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

    /** Whether the store opened is a kg serve's, which rebuilds its own tallies after writes. */
    private boolean keepsOwnTallies;

    /** The store folder named or the default one. */
    Path folder() {
        return store != null ? store : ProjectPaths.store();
    }

    /** Whether the target is the local store folder rather than a server given by its URL. */
    boolean local() {
        return endpoint == null;
    }

    /**
     * The store to load into: the endpoint given, else the server that holds the store folder, else the
     * folder itself, opened before extraction starts so that a store in use fails at once.
     */
    GraphStore open() throws IOException {
        if (endpoint != null) {
            GraphStore graphs = remote(endpoint, user, password.get());
            keepsOwnTallies = TalliesKept.by(endpoint);
            return graphs;
        }
        Path folder = folder();
        Optional<RunningServer> server = RunningServer.find(folder);
        if (server.isPresent()) {
            return throughServer(folder, server.get());
        }
        refuseUnwritable(folder);
        // Opened as the server's configuration describes it, so the text index follows the store.
        return Tdb2GraphStore.wrap(KgDatasets.open(folder));
    }

    /**
     * Brings what the store keeps about its whole graph up to date after articles were stored in the store
     * this target opened ({@link #summarize}); a kg serve written through does so itself once the writes pause.
     *
     * @return false when that failed, which is reported; the stored articles stay
     */
    boolean summarizeAfterLoad(GraphStore graphs) {
        return keepsOwnTallies || summarize(graphs);
    }

    /**
     * Rebuilds the tallies that the library's dashboard queries read and, for a local store, writes the
     * statistics Jena's optimiser reads when it next opens the store; reports how long each took or why the
     * tallies failed. A local store replaces them in one transaction; a remote one numbers the pages of the ACLED
     * table in a second update, as only a client can count the rows.
     *
     * @return false when the tallies were not rebuilt; the store then keeps its former ones
     */
    static boolean summarize(GraphStore graphs) {
        long start = System.nanoTime();
        try {
            if (graphs instanceof Tdb2GraphStore local) {
                Summaries.refresh(local.dataset());
            } else {
                graphs.update(Summaries.update());
                graphs.update(Summaries.pages(graphs.select(Summaries.tableOrder(), Summaries::rows)));
            }
        } catch (StoreException e) {
            System.err.println("tallies not rebuilt: " + e.getMessage() + "; 'kg summarize' rebuilds them.");
            return false;
        }
        System.err.printf(Locale.ROOT, "tallies rebuilt in %.1f s%n", (System.nanoTime() - start) / 1e9);
        if (graphs instanceof Tdb2GraphStore local) {
            start = System.nanoTime();
            Path file = OptimizerStatistics.write(local.dataset());
            System.err.printf(Locale.ROOT, "optimiser statistics written to %s in %.1f s%n", file,
                (System.nanoTime() - start) / 1e9);
        }
        return true;
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
        GraphStore graphs = remote(server.datasetUrl(), user, secret);
        keepsOwnTallies = true;
        return graphs;
    }

    /** The remote dataset, checked to answer and to take writes before any article is extracted. */
    static GraphStore remote(String dataset, String user, String secret) {
        if (secret != null) {
            // Jena answers the server's challenge with the password in UTF-8, as the server reads it;
            // the JDK's own authenticator would send it in ISO-8859-1, and other characters as '?'.
            AuthEnv.get().registerUsernamePassword(URI.create(dataset), user, secret);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        RemoteGraphStore graphs = RemoteGraphStore.connect(dataset, "data", "sparql", "update", client);
        try {
            graphs.checkWritable();
        } catch (RuntimeException e) {
            graphs.close();
            throw e;
        }
        return graphs;
    }
}
