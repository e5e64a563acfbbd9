package org.warkg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.ontology.PROV;

/**
 * The job on a Spark standalone cluster in small: a master and two workers inside this JVM
 * ({@code local-cluster}), whose executors are JVMs of their own, started from the Spark
 * installation the build lays out ({@code SPARK_HOME}) and given the job jar as spark-submit
 * gives it to a cluster. Everything the job sends to them must serialise, and the jar must
 * hold all they need; what they write must be what local mode writes.
 */
class SparkClusterIT {

    private static final Path SAMPLES = Path.of("..", "samples");

    @Test
    // An executor that cannot start is started again and again: fail instead of waiting for ever.
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void executorsInJvmsOfTheirOwnWriteWhatLocalModeWrites(@TempDir Path tmp) throws IOException {
        Path jobJar = Path.of(System.getProperty("warkg.job.jar"));
        assertThat(jobJar).isRegularFile();
        String in = SAMPLES.toUri().toString();
        Path local = tmp.resolve("local");
        try (JavaSparkContext spark = LocalSpark.start("local[1]")) {
            new SparkExtraction(spark).run(in, local.toString(), 2);
        }

        Path cluster = tmp.resolve("cluster");
        SparkConf conf = LocalSpark.conf("local-cluster[2,1,1536]")
            .setJars(new String[] {jobJar.toString()})
            .set("spark.executor.memory", "1g");
        SparkExtraction.Summary summary;
        int executors;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            summary = new SparkExtraction(spark).run(in, cluster.toString(), 2);
            // The driver counts as one.
            executors = spark.sc().statusTracker().getExecutorInfos().length - 1;
        }

        long articles;
        try (var files = Files.list(SAMPLES)) {
            articles = files.count();
        }
        assertThat(executors).isEqualTo(2);
        assertThat(summary).isEqualTo(new SparkExtraction.Summary(articles, articles, 0));
        assertThat(JobOutput.records(cluster)).hasSize((int) articles).isEqualTo(JobOutput.records(local));
        DatasetGraph fromCluster = quads(cluster);
        DatasetGraph fromLocal = quads(local);
        List<Node> graphs = Iter.toList(fromLocal.listGraphNodes());
        assertThat(graphs).hasSize((int) articles);
        assertThat(Iter.toList(fromCluster.listGraphNodes())).containsExactlyInAnyOrderElementsOf(graphs);
        // Blank nodes get new labels in each run, and each graph says when it was made: the rest must be the same.
        for (Node graph : graphs) {
            assertThat(untimed(fromCluster.getGraph(graph)).isIsomorphicWith(untimed(fromLocal.getGraph(graph))))
                .as(graph.getURI()).isTrue();
        }
    }

    private static Graph untimed(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().filterDrop(t -> t.getPredicate().equals(PROV.generatedAtTime)).forEach(copy::add);
        return copy;
    }

    private static DatasetGraph quads(Path out) {
        DatasetGraph quads = DatasetGraphFactory.create();
        RDFParser.fromString(String.join("\n", JobOutput.lines(out, Output.QUADS)), Lang.NQUADS).parse(quads);
        return quads;
    }
}
