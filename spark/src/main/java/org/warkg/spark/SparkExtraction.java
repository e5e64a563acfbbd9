package org.warkg.spark;

import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The extraction job: reads every file under the input path of any Hadoop file
 * system whole, extracts and maps each on the executors, and writes the records,
 * the N-Quads and the failures under the output path in one pass (see {@link Output}).
 */
public final class SparkExtraction {

    private final JavaSparkContext spark;

    public SparkExtraction(JavaSparkContext spark) {
        this.spark = spark;
    }

    /** Four tasks per core the context has, so that a core that ends early takes another. */
    public int defaultPartitions() {
        return spark.defaultParallelism() * 4;
    }

    /**
     * Runs the job. The output path must not exist yet.
     *
     * @param partitions how many tasks share the extraction, each writing one part file per output
     * @return counts taken on the executors; a task retried after a lost executor counts twice
     */
    public Summary run(String input, String output, int partitions) {
        // Folders are walked recursively, as kg extract does.
        spark.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        LongAccumulator records = spark.sc().longAccumulator("records");
        LongAccumulator graphs = spark.sc().longAccumulator("graphs");
        LongAccumulator failures = spark.sc().longAccumulator("failures");
        spark.binaryFiles(input)
            .map((Tuple2<String, PortableDataStream> file) -> InputFile.read(file._1(), file._2()::open))
            // Spark packs up to 128 MB of small files into one input split: spread them before the costly part.
            .repartition(partitions)
            .flatMapToPair(file -> {
                List<Tuple2<Output, String>> rows = ExecutorPipeline.get().process(file);
                for (Tuple2<Output, String> row : rows) {
                    (switch (row._1()) {
                        case RECORDS -> records;
                        case QUADS -> graphs;
                        case FAILURES -> failures;
                    }).add(1);
                }
                return rows.iterator();
            })
            .saveAsHadoopFile(output, Output.class, String.class, SplitOutputFormat.class);
        return new Summary(records.value(), graphs.value(), failures.value());
    }

    /**
     * What one run wrote.
     *
     * @param records  extraction records
     * @param graphs   article graphs written as N-Quads
     * @param failures rows of the failures output
     */
    public record Summary(long records, long graphs, long failures) {
    }
}
