package org.warkg.serve;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.riot.WebContent;

/**
 * What a page of the server is answered as, by the request's Accept header: HTML for a
 * browser (and when the header says nothing), or one of the RDF syntaxes for a client.
 */
final class RdfOrHtml {

    private static final MediaType HTML = MediaType.create(WebContent.contentTypeHTML);
    private static final AcceptList OFFERS = AcceptList.create(WebContent.contentTypeHTML,
        WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD, WebContent.contentTypeNTriples,
        WebContent.contentTypeRDFXML);

    private RdfOrHtml() {}

    /** The media type to answer the request with. */
    static MediaType choose(HttpServletRequest request) {
        return ConNeg.chooseContentType(request, OFFERS, HTML);
    }
}
