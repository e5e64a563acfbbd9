package org.warkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warkg.queries.KgPrefixes;
import org.warkg.queries.NamedQuery;
import org.warkg.queries.QueryLibrary;

/**
 * Makes the web UI's query page open with the project's prefixes and a few queries of the
 * library instead of Fuseki's generic "Selection of triples". The UI keeps both lists in
 * its query page's script; this rewrites them in the unpacked copy under the run folder.
 *
 * <p>The script is built, not written for change, so the rewrite looks for three exact
 * fragments of the jena-fuseki-ui version the build uses; a test checks they are there, so
 * that a Fuseki upgrade that moves them fails the build rather than the page.
 */
final class QueryPageExamples {

    private static final Logger LOG = LoggerFactory.getLogger(QueryPageExamples.class);

    /** Library queries that need no parameter, in the order the page's example list shows them. */
    static final List<String> EXAMPLES = List.of("events-per-type", "articles", "unverified-claims",
        "claimant-summary", "top-entities");
    static final String EXAMPLE_LIST = "queries:[{value:SELECT_TRIPLES_QUERY,text:\"Selection of triples\"},"
        + "{value:SELECT_CLASSES_QUERY,text:\"Selection of classes\"}]";
    static final String PREFIX_LIST = "prefixes:[{uri:\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\",text:\"rdf\"},"
        + "{uri:\"http://www.w3.org/2000/01/rdf-schema#\",text:\"rdfs\"},"
        + "{uri:\"http://www.w3.org/2002/07/owl#\",text:\"owl\"},"
        + "{uri:\"http://www.w3.org/2001/XMLSchema#\",text:\"xsd\"}]";
    /** The editor's options, where the first example becomes the text it opens with. */
    static final String EDITOR_OPTIONS = "showQueryButton:!0,resizeable:!0,";

    private QueryPageExamples() {}

    /** Rewrites the query page's script in {@code runDir/webapp}; returns whether it found the script's lists. */
    static boolean install(Path runDir) {
        Path scripts = runDir.resolve("webapp").resolve("static");
        if (!Files.isDirectory(scripts)) {
            return false;
        }
        try (Stream<Path> files = Files.list(scripts)) {
            List<Path> pages = files.filter(f -> f.getFileName().toString().matches("Query-.*\\.js")).toList();
            boolean done = false;
            for (Path page : pages) {
                String script = Files.readString(page, StandardCharsets.UTF_8);
                String rewritten = rewrite(script);
                if (!rewritten.equals(script)) {
                    Files.writeString(page, rewritten, StandardCharsets.UTF_8);
                }
                done |= !rewritten.contains(EXAMPLE_LIST);
            }
            if (!done) {
                LOG.warn("The web UI's query page has no example list where expected; it keeps Fuseki's examples");
            }
            return done;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set up the web UI's query page in " + scripts, e);
        }
    }

    /** The script with the project's examples and prefixes; unchanged when it lacks the fragments. */
    static String rewrite(String script) {
        if (!script.contains(EXAMPLE_LIST) || !script.contains(PREFIX_LIST) || !script.contains(EDITOR_OPTIONS)) {
            return script;
        }
        QueryLibrary library = QueryLibrary.standard();
        List<String> examples = new ArrayList<>();
        for (String name : EXAMPLES) {
            NamedQuery query = library.get(name);
            examples.add("{value:" + jsString(query.bind(Map.of()).sparql()) + ",text:" + jsString(query.title())
                + "}");
        }
        List<String> prefixes = new ArrayList<>();
        KgPrefixes.vocabularies().forEach((prefix, namespace) ->
            prefixes.add("{uri:" + jsString(namespace) + ",text:" + jsString(prefix) + "}"));
        String first = jsString(library.get(EXAMPLES.get(0)).bind(Map.of()).sparql());
        return script.replace(EXAMPLE_LIST, "queries:[" + String.join(",", examples) + "]")
            .replace(PREFIX_LIST, "prefixes:[" + String.join(",", prefixes) + "]")
            .replace(EDITOR_OPTIONS, EDITOR_OPTIONS + "value:" + first + ",");
    }

    /** A JavaScript string literal of the text. */
    static String jsString(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
