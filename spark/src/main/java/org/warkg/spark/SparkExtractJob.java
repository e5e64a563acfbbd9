package org.warkg.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** The job's entry point for {@code spark-submit}: {@code IN OUT}, any Hadoop-compatible paths. */
public final class SparkExtractJob {

    static final String NAME = "warkg-extract";

    private SparkExtractJob() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: spark-submit --class " + SparkExtractJob.class.getName() + " JAR IN OUT");
            System.exit(2);
        }
        try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName(NAME))) {
            SparkExtraction job = new SparkExtraction(spark);
            SparkExtraction.Summary summary = job.run(args[0], args[1], job.defaultPartitions());
            System.err.println(summary);
        }
    }
}
