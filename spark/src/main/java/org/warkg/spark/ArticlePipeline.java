package org.warkg.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.warkg.load.ArticleGraph;
import org.warkg.load.ArticleGraphs;
import org.warkg.pipeline.Extractor;
import org.warkg.pipeline.Outcome;
import org.warkg.record.RecordCodec;
import scala.Tuple2;

/**
 * One input file to the job's output rows: its record, its article graph as
 * N-Quads, or a failure row. The same extractor and mapping as {@code kg extract} and
 * {@code kg ingest}; every way an input can go wrong ends as a row, never as a failed task.
 */
public final class ArticlePipeline {

    private final Extractor extractor;
    private final ArticleGraphs graphs;
    private final RecordCodec codec = new RecordCodec();

    public ArticlePipeline(Extractor extractor, ArticleGraphs graphs) {
        this.extractor = extractor;
        this.graphs = graphs;
    }

    /** With the shipped models and shapes. */
    public static ArticlePipeline standard() {
        return new ArticlePipeline(Extractor.standard(), ArticleGraphs.standard());
    }

    /** The rows for one file: (output, text) pairs. */
    public List<Tuple2<Output, String>> process(InputFile file) {
        if (file.content() == null) {
            return List.of(failure(new Failure(file.path(), file.problem(), "failed")));
        }
        Outcome outcome = extractor.extract(file.name(), file.path(), file.content());
        if (outcome.record() == null) {
            return List.of(failure(new Failure(file.path(), outcome.problem(),
                outcome.failed() ? "failed" : "skipped")));
        }
        List<Tuple2<Output, String>> rows = new ArrayList<>(2);
        try {
            rows.add(new Tuple2<>(Output.RECORDS, codec.toJsonLine(outcome.record())));
            ArticleGraph article = graphs.of(outcome.record());
            rows.add(article.valid() ? new Tuple2<>(Output.QUADS, nquads(article))
                : failure(new Failure(file.path(), article.rejection(), "rejected")));
        } catch (IOException | RuntimeException e) {
            rows.add(failure(new Failure(file.path(), "cannot map the record: " + e, "failed")));
        }
        return rows;
    }

    private static Tuple2<Output, String> failure(Failure failure) {
        return new Tuple2<>(Output.FAILURES, failure.toJson());
    }

    /** The article graph's triples as quads in the graph named after the article. */
    private static String nquads(ArticleGraph article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
        writer.start();
        article.graph().find().forEach(t -> writer.quad(Quad.create(article.name(), t)));
        writer.finish();
        // The output format ends each row with its own newline.
        return out.toString(StandardCharsets.UTF_8).stripTrailing();
    }
}
