package org.warkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.WebContent;
import org.warkg.ontology.OntologyResources;

/**
 * Serves the ontology at its namespaces ({@link VocabularyPaths}): {@code GET /ns}
 * answers a browser with the terms as a page ({@link OntologyPage}) and an RDF
 * client with the ontology ({@code kg.ttl} as written, or in the syntax the Accept
 * header asks for); {@code /ns.ttl} is the Turtle for a browser's address bar.
 */
final class OntologyServlet extends HttpServlet {

    /** The servlet paths: each namespace's path and its {@code .ttl} twin. */
    static final String[] PATH_SPECS = VocabularyPaths.PATHS.values().stream()
        .flatMap(path -> Stream.of(path, path + ".ttl")).toArray(String[]::new);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        response.setHeader("Vary", "Accept");
        if (path.endsWith(".ttl")) {
            sendTurtle(response);
            return;
        }
        String type = RdfOrHtml.choose(request).getContentTypeStr();
        if (WebContent.contentTypeHTML.equals(type)) {
            byte[] page = new OntologyPage().render(VocabularyPaths.namespace(path), path)
                .getBytes(StandardCharsets.UTF_8);
            response.setContentType(WebContent.contentTypeHTML + ";charset=utf-8");
            response.setContentLength(page.length);
            try (OutputStream out = response.getOutputStream()) {
                out.write(page);
            }
        } else if (WebContent.contentTypeTurtle.equals(type)) {
            sendTurtle(response);
        } else {
            Lang lang = RDFLanguages.contentTypeToLang(type);
            response.setContentType(lang.getContentType().getContentTypeStr() + ";charset=utf-8");
            try (OutputStream out = response.getOutputStream()) {
                RDFWriter.source(OntologyTerms.graph()).lang(lang).output(out);
            }
        }
    }

    /** The ontology file itself, comments and order kept. */
    private static void sendTurtle(HttpServletResponse response) throws IOException {
        response.setContentType(WebContent.contentTypeTurtle + ";charset=utf-8");
        try (InputStream in = OntologyServlet.class.getClassLoader().getResourceAsStream(OntologyResources.ONTOLOGY);
             OutputStream out = response.getOutputStream()) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + OntologyResources.ONTOLOGY);
            }
            in.transferTo(out);
        }
    }
}
