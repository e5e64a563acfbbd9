package org.warkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.warkg.ontology.KG;

/**
 * Makes every data IRI resolve on the server ({@link IdPaths}): {@code GET /id/...}
 * answers a browser with an HTML page and an RDF client (Turtle, JSON-LD, N-Triples,
 * RDF/XML by the Accept header) with the resource's description. {@code /id/} itself
 * is the index ({@link IndexPage}). An IRI no article graph mentions is 404, with
 * what its words find. Reads the served dataset in a read transaction, so it sees
 * what the SPARQL endpoint sees.
 */
final class LinkedDataServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MediaType type = RdfOrHtml.choose(request);
        response.setHeader("Vary", "Accept");
        Node iri = IdPaths.iri(request.getPathInfo());
        String name = iri == null ? request.getRequestURI() : iri.getURI();
        DatasetGraph dataset = dataset();
        if (WebContent.contentTypeHTML.equals(type.getContentTypeStr())) {
            if (isIndex(request.getPathInfo())) {
                sendHtml(response, Txn.calculateRead(dataset, () -> index(new GraphReader(dataset), request)));
                return;
            }
            String page = iri == null ? null : Txn.calculateRead(dataset, () -> page(new GraphReader(dataset), iri));
            if (page == null) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                page = Txn.calculateRead(dataset, () -> new IndexPage(new GraphReader(dataset)).notFound(name, iri));
            }
            sendHtml(response, page);
            return;
        }
        Graph description = iri == null ? null
            : Txn.calculateRead(dataset, () -> description(new GraphReader(dataset), iri));
        if (description == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType(WebContent.contentTypeTextPlain + ";charset=utf-8");
            response.getWriter().println("Not found: " + name);
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        response.setContentType(lang.getContentType().getContentTypeStr() + ";charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            RDFWriter.source(description).lang(lang).output(out);
        }
    }

    /** The RDF description, or null when the graph says nothing about the IRI. */
    private static Graph description(GraphReader reader, Node iri) {
        return reader.describes(iri) ? new ResourceDescription(reader).of(iri) : null;
    }

    /** Whether the request is for {@code /id/} itself. */
    private static boolean isIndex(String pathInfo) {
        return pathInfo == null || pathInfo.equals("/");
    }

    /** The index, the members of the type asked for ({@code ?type=IRI}), or what the words found ({@code ?q=}). */
    private static String index(GraphReader reader, HttpServletRequest request) {
        IndexPage index = new IndexPage(reader);
        String words = request.getParameter("q");
        String type = request.getParameter("type");
        if (words != null && !words.isBlank()) {
            return index.search(words);
        }
        if (type != null && !type.isBlank()) {
            return index.members(NodeFactory.createURI(type.strip()));
        }
        return index.render();
    }

    /**
     * An event's page, an article's or a story's, a named entity's page, the statements
     * of anything else; null when unknown.
     */
    private static String page(GraphReader reader, Node iri) {
        if (!reader.describes(iri)) {
            return null;
        }
        List<Node> types = reader.objects(iri, RDF.type.asNode());
        if (types.stream().anyMatch(OntologyTerms::isEventClass)) {
            return new EventPage(reader).render(iri);
        }
        if (types.contains(KG.Article)) {
            return new ArticlePage(reader).render(iri);
        }
        if (types.contains(KG.Story)) {
            return new StoryPage(reader).render(iri);
        }
        if (reader.object(iri, SchemaDO.name.asNode()) != null) {
            return new EntityPage(reader).render(iri);
        }
        return new ResourcePage(reader).render(iri);
    }

    private static void sendHtml(HttpServletResponse response, String page) throws IOException {
        response.setContentType(WebContent.contentTypeHTML + ";charset=utf-8");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** The dataset of the service {@link ServerSettings#DATASET}, as Fuseki registered it. */
    private DatasetGraph dataset() {
        DataAccessPoint point = DataAccessPointRegistry.get(getServletContext())
            .get(DataAccessPoint.canonical(ServerSettings.DATASET));
        if (point == null) {
            throw new IllegalStateException("The server has no dataset /" + ServerSettings.DATASET);
        }
        return point.getDataService().getDataset();
    }
}
