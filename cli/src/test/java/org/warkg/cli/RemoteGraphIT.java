package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg query} and {@code kg export} with --endpoint, against a real Fuseki on a loopback port. */
class RemoteGraphIT {

    @TempDir
    Path dir;

    @Test
    void queriesAndExportsARemoteDataset() {
        Path store = SampleStore.create(dir.resolve("tdb2"));
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/kg", dataset).build().start();
        try {
            String url = "http://localhost:" + server.getHttpPort() + "/kg";
            CommandRun query = CommandRun.of("query", "event-sources", "-p", "event=event/e1", "--format", "csv",
                "--endpoint", url);
            assertThat(query.code()).as(query.err()).isZero();
            assertThat(query.out()).contains("Oleh Syniehubov", "regional prosecutors");

            Path out = dir.resolve("remote.nq");
            CommandRun export = CommandRun.of("export", "--format", "nq", "--out", out.toString(),
                "--endpoint", url + "/sparql");
            assertThat(export.code()).as(export.err()).isZero();
            DatasetGraph read = DatasetGraphFactory.create();
            RDFDataMgr.read(read, out.toString());
            assertThat(IsoMatcher.isomorphic(SampleStore.inMemory(), read)).isTrue();
        } finally {
            server.stop();
        }
    }
}
