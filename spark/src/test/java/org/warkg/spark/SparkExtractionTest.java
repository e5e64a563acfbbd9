package org.warkg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.load.ArticleGraphs;
import org.warkg.pipeline.Extractor;
import org.warkg.pipeline.Outcome;
import org.warkg.rdf.Iris;
import org.warkg.record.DocumentRecord;
import org.warkg.record.RecordCodec;

/** The job in local mode on two cores, against what kg extract and kg ingest make of the same files. */
class SparkExtractionTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    private static JavaSparkContext spark;
    private final ObjectMapper json = new ObjectMapper();
    private final RecordCodec codec = new RecordCodec();

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    @Test
    void theSamplesGiveTheRecordsAndGraphsOfKgExtractAndKgIngest(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        SparkExtraction.Summary summary = new SparkExtraction(spark).run(SAMPLES.toUri().toString(), out.toString(),
            3);

        Map<String, JsonNode> byDoc = JobOutput.records(out);
        Extractor extractor = Extractor.standard();
        ArticleGraphs graphs = ArticleGraphs.standard();
        DatasetGraph quads = DatasetGraphFactory.create();
        RDFParser.fromString(String.join("\n", JobOutput.lines(out, Output.QUADS)), Lang.NQUADS).parse(quads);
        List<Path> files;
        try (Stream<Path> list = Files.list(SAMPLES)) {
            files = list.sorted().toList();
        }
        long triples = 0;
        for (Path file : files) {
            Outcome expected = extractor.extract(file);
            // The JSON kg extract writes for the file, without its volatile fields.
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            codec.write(expected.record(), written);
            assertThat(byDoc.get(file.getFileName().toString())).as(file.toString())
                .isEqualTo(JobOutput.stable(json.readTree(written.toByteArray())));
            DocumentRecord record = expected.record();
            triples += graphs.of(record).graph().size();
            assertThat(quads.getGraph(Iris.graph(record)).size()).as(file.toString())
                .isEqualTo(graphs.of(record).graph().size());
        }
        assertThat(byDoc).hasSize(files.size());
        assertThat(JobOutput.parts(out, Output.QUADS)).hasSize(3);
        assertThat(summary).isEqualTo(new SparkExtraction.Summary(files.size(), files.size(), 0));
        assertThat(quads.stream().count()).isEqualTo(triples);
        assertThat(JobOutput.lines(out, Output.FAILURES)).isEmpty();
    }

    @Test
    void badFilesAreRowsOfTheFailureTableAndTheRestIsWritten(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SAMPLES.resolve("001_701f20fc6ad87026.txt"), in.resolve("good.txt"));
        Files.createFile(in.resolve("empty.txt"));
        byte[] junk = new byte[4096];
        new Random(17).nextBytes(junk);
        Files.write(in.resolve("junk.bin"), junk);
        Files.writeString(in.resolve("uk.txt"), "Сили протиповітряної оборони вночі збили двадцять безпілотників "
            + "над Харківською областю, повідомив голова обласної військової адміністрації.");
        Path out = tmp.resolve("out");

        SparkExtraction.Summary summary = new SparkExtraction(spark).run(in.toUri().toString(), out.toString(), 2);

        Map<String, Failure> failures = new HashMap<>();
        JobOutput.lines(out, Output.FAILURES).stream().map(Failure::fromJson)
            .forEach(f -> failures.put(Path.of(f.file()).getFileName().toString(), f));
        assertThat(failures).containsOnlyKeys("empty.txt", "junk.bin", "uk.txt");
        assertThat(failures.get("empty.txt")).extracting(Failure::reason, Failure::kind)
            .containsExactly("empty file", "failed");
        assertThat(failures.get("junk.bin")).extracting(Failure::reason, Failure::kind)
            .containsExactly("binary file, not text", "failed");
        assertThat(failures.get("uk.txt").reason()).startsWith("not English");
        assertThat(failures.get("uk.txt").kind()).isEqualTo("skipped");
        assertThat(failures.get("uk.txt").file()).startsWith("file:").endsWith("/in/uk.txt");
        assertThat(JobOutput.lines(out, Output.RECORDS)).singleElement()
            .satisfies(line -> assertThat(json.readTree(line).get("doc").asText()).isEqualTo("good.txt"));
        Set<String> graphsWritten = new HashSet<>();
        JobOutput.lines(out, Output.QUADS).forEach(line -> graphsWritten.add(line.substring(line.lastIndexOf('<'))));
        assertThat(graphsWritten).hasSize(1);
        assertThat(summary).isEqualTo(new SparkExtraction.Summary(1, 1, 3));
    }
}
