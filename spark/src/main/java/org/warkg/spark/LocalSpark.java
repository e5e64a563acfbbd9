package org.warkg.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A Spark context inside this JVM for {@code kg spark-extract} and the tests: no web
 * UI, and the driver's ports on the loopback interface only.
 */
public final class LocalSpark {

    private LocalSpark() {}

    /** A context on a local master such as {@code local[2]}; the caller closes it. */
    public static JavaSparkContext start(String master) {
        return new JavaSparkContext(conf(master));
    }

    /** The configuration {@link #start} uses, for a context that needs settings of its own besides. */
    static SparkConf conf(String master) {
        return new SparkConf()
            .setMaster(master)
            .setAppName(SparkExtractJob.NAME)
            .set("spark.ui.enabled", "false")
            .set("spark.driver.host", "127.0.0.1")
            .set("spark.driver.bindAddress", "127.0.0.1");
    }
}
