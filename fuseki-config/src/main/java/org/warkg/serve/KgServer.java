package org.warkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.FusekiServerRunner;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;

/**
 * The Fuseki server of the knowledge graph: Fuseki's own full server (admin pages,
 * web UI, Shiro security) on 127.0.0.1, serving {@code config-kg.ttl} over the
 * store with the CORS settings of {@code cors.properties}, plus the linked-data
 * pages of every data IRI under {@code /id/} ({@link LinkedDataServlet}) and the
 * ontology at its namespace, {@code /ns} ({@link OntologyServlet}). Writes sent by
 * pages of other sites are refused ({@link SameOriginWrites}), and a query that runs
 * out of time is an error, not a short answer ({@link WholeAnswerQuery}); the tallies
 * are rebuilt once writes pause ({@link TallyUpkeep}), and a query asked again
 * before the data changed gets the answer it got before ({@link CachedQueries}). One
 * server per JVM at a time: Fuseki keeps its run folder in static state.
 */
public final class KgServer {

    /** How long writes must pause before the tallies are rebuilt: an ingest's batches are followed by one rebuild. */
    private static final Duration TALLY_QUIET = Duration.ofSeconds(5);

    private KgServer() {}

    /** Builds and starts the server; the caller stops it. */
    public static FusekiServer start(ServerSettings settings) {
        try {
            Files.createDirectories(settings.runDir());
            Files.createDirectories(settings.store());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + settings.runDir(), e);
        }
        Path config = ServerFiles.writeConfig(settings);
        Path shiro = ServerFiles.writeShiro(settings);
        Path cors = ServerFiles.writeCors(settings);
        if (UiFiles.unpack(settings.runDir())) {
            QueryPageExamples.install(settings.runDir());
        }
        System.setProperty(FusekiServerCtl.envFusekiBase, settings.runDir().toAbsolutePath().toString());
        System.setProperty(FusekiServerCtl.envFusekiShiro, shiro.toAbsolutePath().toString());
        FusekiServer.Builder builder = FusekiServerRunner.builder(
                "--localhost", "--port=" + settings.port(), "--config=" + config.toAbsolutePath(),
                "--cors=" + cors.toAbsolutePath())
            .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new WholeAnswerQuery())
            .addServlet(IdPaths.PATH_SPEC, new LinkedDataServlet());
        OntologyServlet ontology = new OntologyServlet();
        for (String path : OntologyServlet.PATH_SPECS) {
            builder.addServlet(path, ontology);
        }
        // Added before the build, so it runs before the access control that Fuseki adds while building.
        for (String path : SameOriginWrites.PATH_SPECS) {
            builder.addFilter(path, new SameOriginWrites());
        }
        builder.addFilter(TalliesKept.PATH_SPEC, new TalliesKept());
        AnswerCache answers = new AnswerCache();
        CachedQueries cached = new CachedQueries(answers);
        for (String path : CachedQueries.PATH_SPECS) {
            builder.addFilter(path, cached);
        }
        FusekiServer server = builder.build();
        TallyUpkeep upkeep = serveWrapped(server, answers);
        server.start();
        upkeep.rebuildIfMissing();
        return server;
    }

    /**
     * Replaces the served dataset, with the same endpoints, by a {@link ReadAbortEndsDataset} over it that
     * keeps its tallies ({@link TallyUpkeep}) and tells the answer cache of each change.
     */
    private static TallyUpkeep serveWrapped(FusekiServer server, AnswerCache answers) {
        DataAccessPointRegistry registry = server.getDataAccessPointRegistry();
        String name = "/" + ServerSettings.DATASET;
        DataService served = registry.get(name).getDataService();
        TallyUpkeep upkeep = new TallyUpkeep(new ReadAbortEndsDataset(served.getDataset()), TALLY_QUIET,
            answers::articlesChanged, answers::clear);
        DataService safe = DataService.newBuilder(served)
            .dataset(upkeep)
            .build();
        safe.setEndpointProcessors(server.getOperationRegistry());
        safe.goActive();
        registry.remove(name);
        registry.register(new DataAccessPoint(name, safe));
        return upkeep;
    }

    /** The dataset URL of a running server, such as {@code http://127.0.0.1:3030/kg}. */
    public static String datasetUrl(FusekiServer server) {
        return "http://127.0.0.1:" + server.getHttpPort() + "/" + ServerSettings.DATASET;
    }
}
