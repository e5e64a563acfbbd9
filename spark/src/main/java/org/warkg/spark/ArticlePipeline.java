package org.warkg.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.warkg.ingest.DocumentLoader;
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

    /**
     * The rows for one file: (output, text) pairs.
     *
     * @param path the file's path in its file system, used as the record's source
     * @param name the file's name, the record's document id
     * @param open opens the file's content
     */
    public List<Tuple2<Output, String>> process(String path, String name, Content open) {
        byte[] bytes;
        try (InputStream in = open.stream()) {
            // One byte past the limit tells a file too large without reading all of it.
            bytes = in.readNBytes((int) DocumentLoader.MAX_BYTES + 1);
        } catch (IOException e) {
            return List.of(failure(new Failure(path, "cannot read: " + e.getMessage(), "failed")));
        }
        if (bytes.length > DocumentLoader.MAX_BYTES) {
            return List.of(failure(new Failure(path, "file too large (limit " + DocumentLoader.MAX_BYTES
                + " bytes)", "failed")));
        }
        Outcome outcome = extractor.extract(name, path, bytes);
        if (outcome.record() == null) {
            return List.of(failure(new Failure(path, outcome.problem(), outcome.failed() ? "failed" : "skipped")));
        }
        List<Tuple2<Output, String>> rows = new ArrayList<>(2);
        try {
            rows.add(new Tuple2<>(Output.RECORDS, codec.toJsonLine(outcome.record())));
            ArticleGraph article = graphs.of(outcome.record());
            rows.add(article.valid() ? new Tuple2<>(Output.QUADS, nquads(article))
                : failure(new Failure(path, article.rejection(), "rejected")));
        } catch (IOException | RuntimeException e) {
            rows.add(failure(new Failure(path, "cannot map the record: " + e, "failed")));
        }
        return rows;
    }

    /** Opens an input's content; the caller closes the stream. */
    @FunctionalInterface
    public interface Content {
        InputStream stream() throws IOException;
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
