package org.warkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.warkg.serve.KgServer;
import org.warkg.serve.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kg serve [--store DIR] [--port N]}: Fuseki over the store until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the knowledge graph with Fuseki on 127.0.0.1 (dataset /kg) until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: store/tdb2).")
    Path store;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 3030).")
    int port = 3030;

    @Option(names = "--run", paramLabel = "DIR", description = "Fuseki work folder (default: run).")
    Path run;

    @Mixin
    AdminPassword password;

    @Override
    public Integer call() throws IOException {
        String secret = password.get();
        ServerSettings settings = new ServerSettings(store != null ? store : ProjectPaths.store(),
            run != null ? run : ProjectPaths.run(), port, secret);
        FusekiServer server = KgServer.start(settings);
        String url = KgServer.datasetUrl(server);
        System.out.println("SPARQL endpoint: " + url + "/sparql");
        System.out.println("Web UI:          http://127.0.0.1:" + server.getHttpPort() + "/");
        System.out.println(secret == null
            ? "Writes are disabled: set KG_ADMIN_PASSWORD or --password-file to allow the admin to write."
            : "Writes (" + url + "/update, " + url + "/data) need the user 'admin'.");
        System.out.println("Press Ctrl-C to stop.");
        server.join();
        return 0;
    }
}
