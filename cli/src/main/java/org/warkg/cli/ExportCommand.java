package org.warkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.warkg.files.AtomicFile;
import org.warkg.queries.CompactJsonLd;
import org.warkg.queries.KgPrefixes;
import org.warkg.queries.QueryEndpoint;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kg export --format ttl|trig|nq|jsonld|acled-csv --out FILE [--store DIR | --endpoint URL]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the whole graph to a file: RDF (ttl: the union of the article graphs; trig, nq, jsonld: "
        + "one graph per article) or acled-csv, one row per event in ACLED's columns.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
        description = "ttl, trig, nq, jsonld or acled-csv.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE",
        description = "The file to write; it appears only once complete.")
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    GraphSource source;

    @Override
    public Integer call() throws IOException {
        ExportFormat chosen = ExportFormat.of(format);
        if (chosen == null) {
            System.err.println("error: unknown format '" + format + "'; use one of "
                + Arrays.stream(ExportFormat.values()).map(ExportFormat::token).collect(Collectors.joining(", ")));
            return 2;
        }
        long[] count = new long[1];
        try (GraphSource.OpenGraph graph = GraphSource.open(source)) {
            QueryEndpoint endpoint = graph.endpoint();
            AtomicFile.write(out, stream -> count[0] = write(chosen, endpoint, stream));
        }
        System.err.printf("exported %d %s to %s%n", count[0], chosen.unit(), out);
        return 0;
    }

    /** Writes the format and returns the number of events, triples or quads written. */
    private static long write(ExportFormat format, QueryEndpoint endpoint, OutputStream stream) {
        return switch (format) {
            case TTL -> stream(RDFFormat.TURTLE_BLOCKS, stream, sink -> GraphDump.triples(endpoint, sink));
            case TRIG -> stream(RDFFormat.TRIG_BLOCKS, stream, sink -> GraphDump.quads(endpoint, sink));
            case NQ -> stream(RDFFormat.NQUADS, stream, sink -> GraphDump.quads(endpoint, sink));
            case JSONLD -> {
                DatasetGraph dataset = DatasetGraphFactory.create();
                long n = GraphDump.quads(endpoint, StreamRDFLib.dataset(dataset));
                CompactJsonLd.write(dataset, stream);
                yield n;
            }
            case ACLED_CSV -> {
                RowSet rows = QueryPages.of(endpoint, "acled-events");
                // Counted as the writer takes them: row numbers differ between local and HTTP row sets.
                long[] written = new long[1];
                RowSet counted = RowSetStream.create(rows.getResultVars(), Iter.map(rows, row -> {
                    written[0]++;
                    return row;
                }));
                ResultSetFormatter.outputAsCSV(stream, ResultSet.adapt(counted));
                if (written[0] == 0 && reportsEvents(endpoint)) {
                    throw new CommandException("The store reports events but holds no ACLED table: it was written"
                        + " without its tallies.", "Run 'kg summarize' on it, then export again.", 1);
                }
                yield written[0];
            }
            default -> throw new IllegalStateException("No writer for " + format);
        };
    }

    private static boolean reportsEvents(QueryEndpoint endpoint) {
        Query anyReport = QueryFactory.create("PREFIX kg: <" + KgPrefixes.vocabularies().get("kg") + ">"
            + " SELECT ?report WHERE { ?report kg:reports [] } LIMIT 1");
        return endpoint.select(anyReport, Map.of(), RowSet::hasNext);
    }

    private static long stream(RDFFormat rdfFormat, OutputStream stream, ToLongFunction<StreamRDF> dump) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(stream, rdfFormat);
        writer.start();
        KgPrefixes.vocabularies().forEach(writer::prefix);
        long n = dump.applyAsLong(writer);
        writer.finish();
        return n;
    }
}
