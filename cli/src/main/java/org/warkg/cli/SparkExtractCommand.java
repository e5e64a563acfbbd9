package org.warkg.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.hadoop.mapred.FileAlreadyExistsException;
import org.apache.hadoop.mapred.InvalidInputException;
import org.apache.spark.api.java.JavaSparkContext;
import org.warkg.spark.LocalSpark;
import org.warkg.spark.Output;
import org.warkg.spark.SparkExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg spark-extract IN OUT [--master local[N]]}: the Spark extraction job inside this JVM. */
@Command(name = "spark-extract", mixinStandardHelpOptions = true,
    description = "Run the Spark extraction job in local mode: records, N-Quads (one named graph per article) "
        + "and failures under OUT. On a cluster, use spark-submit (see spark/README.md).")
final class SparkExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "A file or folder (walked recursively), or a "
        + "Hadoop path such as file:///data/news or hdfs://host/news.")
    String input;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output folder or Hadoop path; must not exist.")
    String output;

    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master: local[N] for N cores (default: local[*], all cores).")
    String master = "local[*]";

    @Option(names = "--partitions", paramLabel = "N",
        description = "Tasks sharing the extraction, one part file each (default: 4 per core).")
    Integer partitions;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        SparkExtraction.Summary summary;
        try (JavaSparkContext spark = LocalSpark.start(master)) {
            SparkExtraction job = new SparkExtraction(spark);
            summary = job.run(input, output, partitions != null ? partitions : job.defaultPartitions());
        } catch (Exception e) {
            // Spark's Scala code throws Hadoop's checked exceptions undeclared.
            throw explained(e);
        }
        System.err.printf(Locale.ROOT, "%d records (%s/), %d article graphs (%s/), %d failures (%s/) under %s"
            + " in %.1f s%n", summary.records(), Output.RECORDS.folder(), summary.graphs(), Output.QUADS.folder(),
            summary.failures(), Output.FAILURES.folder(), output, (System.nanoTime() - start) / 1e9);
        return summary.failures() == 0 ? 0 : 1;
    }

    private RuntimeException explained(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileAlreadyExistsException) {
                return new CommandException(output + " exists already.",
                    "Give an output folder that does not exist yet, or remove it.", 2);
            }
            if (cause instanceof InvalidInputException) {
                return new CommandException("Cannot read " + input + ": " + cause.getMessage(),
                    "Give an existing file or folder.", 2);
            }
        }
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }
}
