package org.warkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * Makes every data IRI resolve on the server ({@link IdPaths}): {@code GET /id/...}
 * answers a browser with an HTML page and an RDF client (Turtle, JSON-LD, N-Triples,
 * RDF/XML by the Accept header) with the resource's description. An IRI no article
 * graph mentions as a subject is 404. Reads the served dataset in a read
 * transaction, so it sees what the SPARQL endpoint sees.
 */
final class LinkedDataServlet extends HttpServlet {

    private static final MediaType HTML = MediaType.create(WebContent.contentTypeHTML);
    private static final AcceptList OFFERS = AcceptList.create(WebContent.contentTypeHTML,
        WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD, WebContent.contentTypeNTriples,
        WebContent.contentTypeRDFXML);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MediaType type = ConNeg.chooseContentType(request, OFFERS, HTML);
        response.setHeader("Vary", "Accept");
        Node iri = IdPaths.iri(request.getPathInfo());
        String name = iri == null ? request.getRequestURI() : iri.getURI();
        DatasetGraph dataset = dataset();
        if (WebContent.contentTypeHTML.equals(type.getContentTypeStr())) {
            String page = iri == null ? null : Txn.calculateRead(dataset, () -> page(new GraphReader(dataset), iri));
            if (page == null) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                page = new HtmlPage("Not found", "Nothing in the graph is called " + name + ".", "").render();
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

    /** An event's page, a named entity's page, the statements of anything else; null when unknown. */
    private static String page(GraphReader reader, Node iri) {
        if (!reader.describes(iri)) {
            return null;
        }
        if (reader.objects(iri, RDF.type.asNode()).stream().anyMatch(OntologyTerms::isEventClass)) {
            return new EventPage(reader).render(iri);
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
