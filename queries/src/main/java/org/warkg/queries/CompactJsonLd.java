package org.warkg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes a dataset as JSON-LD compacted with the shipped context
 * ({@value #CONTEXT}): short property names, typed values without datatype
 * noise, data IRIs relative to {@code https://w3id.org/warkg/id/}, one
 * {@code @graph} entry per article graph. The context is embedded, so the file
 * reads back without fetching anything.
 *
 * <p>Jena's own JSON-LD writer compacts only with the prefixes of the data, so this
 * class takes Jena's plain output and compacts it with Titanium, the JSON-LD
 * processor Jena itself uses. The whole dataset is held in memory while it is written.
 */
public final class CompactJsonLd {

    /** The class-path resource of the context. */
    public static final String CONTEXT = "org/warkg/queries/context.jsonld";

    private CompactJsonLd() {}

    /** Writes the dataset, pretty-printed UTF-8 JSON; leaves the stream open. */
    public static void write(DatasetGraph dataset, OutputStream out) {
        String plain = RDFWriter.source(dataset).format(RDFFormat.JSONLD11_PLAIN).asString();
        JsonObject compact;
        try {
            compact = JsonLd.compact(JsonDocument.of(new StringReader(plain)), context()).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
        JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out);
        writer.writeObject(compact);
    }

    /** The context document, parsed. */
    static JsonDocument context() {
        try (InputStream in = CompactJsonLd.class.getClassLoader().getResourceAsStream(CONTEXT)) {
            if (in == null) {
                throw new IllegalStateException("Missing class-path resource " + CONTEXT);
            }
            return JsonDocument.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("Broken " + CONTEXT + ": " + e.getMessage(), e);
        }
    }
}
