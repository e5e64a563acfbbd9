package org.warkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.warkg.serve.KgServer;
import org.warkg.serve.RunningServer;
import org.warkg.serve.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kg serve [--store DIR] [--port N]}: Fuseki over the store until Ctrl-C. It
 * leaves a {@link RunningServer} note in the store folder while it runs, so that
 * query, export and ingest on the same store go through it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the knowledge graph with Fuseki on 127.0.0.1 (dataset /kg) until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: store/tdb2).")
    Path store;

    @Option(names = "--create", description = "Serve a new, empty store when the folder holds none.")
    boolean create;

    @Option(names = "--port", paramLabel = "N",
        description = "HTTP port (default: 3030; 0 picks a free one).")
    int port = 3030;

    @Option(names = "--run", paramLabel = "DIR", description = "Fuseki work folder (default: run).")
    Path run;

    @Mixin
    AdminPassword password;

    @Override
    public Integer call() throws IOException {
        Path folder = store != null ? store : ProjectPaths.store();
        refuseUnlessServable(folder);
        String secret = password.get();
        Path runDir = run != null ? run : ProjectPaths.run();
        ServerSettings settings = new ServerSettings(folder, runDir, port, secret);
        FusekiServer server = KgServer.start(settings);
        String url = KgServer.datasetUrl(server);
        RunningServer note = new RunningServer(url, ProcessHandle.current().pid(), secret != null);
        note.writeTo(folder);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> note.removeFrom(folder)));
        System.out.println("SPARQL endpoint: " + url + "/sparql");
        System.out.println("Web UI:          http://127.0.0.1:" + server.getHttpPort() + "/");
        System.out.println(secret == null
            ? "Writes are disabled: set KG_ADMIN_PASSWORD or --password-file to allow the admin to write."
            : "Writes (" + url + "/update, " + url + "/data) need the user 'admin'.");
        System.out.println("kg query, export and ingest on " + StoreFolder.shown(folder)
            + " go through this server. Press Ctrl-C to stop.");
        server.join();
        return 0;
    }

    /** A typo in --store must not silently serve a new empty store, nor a second server start on one. */
    private void refuseUnlessServable(Path folder) {
        Optional<RunningServer> running = RunningServer.find(folder);
        if (running.isPresent()) {
            throw new CommandException("kg serve already serves " + StoreFolder.shown(folder) + " at "
                + running.get().datasetUrl() + ".",
                "Use that server, or stop it (Ctrl-C in its terminal) first.", 2);
        }
        if (!create && !StoreFolder.holdsStore(folder)) {
            throw new CommandException("No TDB2 store at " + StoreFolder.shown(folder) + ".",
                "Load articles into it first with ./kg ingest PATH"
                    + (store != null ? " --store " + store : "")
                    + ", or give --create to serve a new, empty store.");
        }
    }
}
