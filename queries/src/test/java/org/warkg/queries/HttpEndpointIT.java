package org.warkg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;

/**
 * Library queries through a real Fuseki on a loopback port: the values Jena writes
 * into the request arrive as terms, and the rows match the local run.
 */
class HttpEndpointIT {

    @Test
    void remoteRunsMatchLocalRunsAndKeepInjectionStringsLiteral() {
        DatasetGraph data = TestStore.load("war.trig");
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/kg", data).build().start();
        try {
            HttpEndpoint remote = new HttpEndpoint("http://localhost:" + server.getHttpPort() + "/kg/sparql");
            DatasetEndpoint local = new DatasetEndpoint(data);
            QueryLibrary library = QueryLibrary.standard();
            for (Map.Entry<String, Map<String, String>> run : Map.of(
                    "event-sources", Map.of("event", "event/e1"),
                    "place-timeline", Map.of("place", "place/kharkiv-oblast", "from", "2024-05-11"),
                    "events-near", Map.of("lat", "50.0", "lon", "36.2", "km", "60"),
                    "acled-events", Map.<String, String>of()).entrySet()) {
                BoundQuery bound = library.bind(run.getKey(), run.getValue());
                List<Binding> remoteRows = remote.select(bound, HttpEndpointIT::rows);
                List<Binding> localRows = local.select(bound, HttpEndpointIT::rows);
                assertThat(remoteRows).as(run.getKey()).isNotEmpty().isEqualTo(localRows);
            }
            BoundQuery injection = library.bind("search", Map.of("text", "x\" } UNION { ?subject ?p ?label } #"));
            assertThat(remote.select(injection, HttpEndpointIT::rows)).isEmpty();
        } finally {
            server.stop();
        }
    }

    private static List<Binding> rows(RowSet rows) {
        List<Binding> list = new ArrayList<>();
        rows.forEachRemaining(list::add);
        return list;
    }
}
