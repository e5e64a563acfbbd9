package org.warkg.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Where the data IRIs live on this server. Every IRI under
 * {@code https://w3id.org/warkg/id/} is served at the same path under {@code /id/}:
 * {@code http://127.0.0.1:3030/id/place/kharkiv} stands for
 * {@code https://w3id.org/warkg/id/place/kharkiv}. Pages link to the server's
 * paths, so browsing works without the w3id redirect; the data itself keeps the
 * canonical IRIs, so either form can be turned into the other by swapping prefixes.
 */
final class IdPaths {

    /** Base of all data IRIs; the same as {@code org.warkg.rdf.Iris.BASE}, where they are minted. */
    static final String BASE = "https://w3id.org/warkg/id/";
    /** The path on this server that stands for {@link #BASE}. */
    static final String PATH = "/id/";
    /** The servlet path spec for {@link #PATH}. */
    static final String PATH_SPEC = PATH + "*";

    private IdPaths() {}

    /** The IRI a request's path info (the part after {@code /id}) stands for, or null when it names nothing. */
    static Node iri(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/") || pathInfo.length() < 2) {
            return null;
        }
        return NodeFactory.createURI(BASE + pathInfo.substring(1));
    }

    /**
     * Where a page links for the IRI: a data IRI to its path on this server, a term of
     * the ontology to its entry under {@code /ns} ({@link VocabularyPaths}), any other IRI to itself.
     */
    static String href(Node iri) {
        String uri = iri.getURI();
        if (uri.startsWith(BASE)) {
            return PATH + uri.substring(BASE.length());
        }
        String term = VocabularyPaths.href(uri);
        return term != null ? term : uri;
    }

    /** Whether the IRI is one of the graph's own. */
    static boolean isData(Node node) {
        return node.isURI() && node.getURI().startsWith(BASE);
    }
}
