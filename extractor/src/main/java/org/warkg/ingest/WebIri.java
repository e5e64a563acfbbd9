package org.warkg.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Whether an address a page states for itself (its canonical link, {@code og:url},
 * JSON-LD {@code url}, a "Source:" line) may stand in the graph as an IRI: an http or
 * https IRI with a host that Jena's IRI checker passes without a violation. Pages are
 * written by strangers; an address holding quotes, spaces or markup, stored as an IRI,
 * makes the RDF/XML and JSON-LD writers fail on the whole graph.
 */
public final class WebIri {

    private WebIri() {}

    /** Whether the address is a valid absolute http or https IRI. */
    public static boolean isValid(String address) {
        if (address == null) {
            return false;
        }
        try {
            IRIx iri = IRIx.create(address);
            String scheme = iri.scheme() == null ? "" : iri.scheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && !iri.hasViolations();
        } catch (IRIException e) {
            return false;
        }
    }

    /**
     * The page's address among those it states, in order of trust: the first valid one,
     * else the first stated, kept as text, else null.
     */
    static String choose(String... stated) {
        List<String> given = Stream.of(stated).filter(Objects::nonNull).toList();
        return given.stream().filter(WebIri::isValid).findFirst().orElse(given.isEmpty() ? null : given.get(0));
    }
}
