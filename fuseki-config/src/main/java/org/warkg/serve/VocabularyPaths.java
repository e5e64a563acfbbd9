package org.warkg.serve;

import java.util.Map;

/**
 * Where the ontology's namespaces live on this server. Terms such as
 * {@code https://w3id.org/warkg/ns#Attack} are fragments of one document per
 * namespace, so {@code /ns#Attack} stands for it: a page's link to a type or a
 * verification status opens the term's entry on this server instead of w3id.org,
 * which the server cannot answer for.
 */
final class VocabularyPaths {

    /** The project's own terms. */
    static final String KG = "https://w3id.org/warkg/ns#";
    /** Namespace IRI to path, for the namespaces {@code kg.ttl} defines terms in. */
    static final Map<String, String> PATHS = Map.of(
        KG, "/ns",
        "https://w3id.org/warkg/acled#", "/acled",
        "https://w3id.org/warkg/cameo#", "/cameo");

    private VocabularyPaths() {}

    /** The term's place on this server, such as {@code /ns#Attack}, or null for a term of no served namespace. */
    static String href(String iri) {
        for (Map.Entry<String, String> namespace : PATHS.entrySet()) {
            if (iri.startsWith(namespace.getKey())) {
                return namespace.getValue() + "#" + iri.substring(namespace.getKey().length());
            }
        }
        return null;
    }

    /** The namespace a path serves, such as {@code https://w3id.org/warkg/ns#} for {@code /ns}, or null. */
    static String namespace(String path) {
        return PATHS.entrySet().stream().filter(e -> e.getValue().equals(path)).map(Map.Entry::getKey)
            .findFirst().orElse(null);
    }
}
