package org.warkg.queries;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The namespaces analysts write as prefixes: the ontology's vocabularies, as in
 * {@code kg.ttl}, plus Wikidata. Parameter values use them ({@code kg:Attack}),
 * Turtle and TriG exports declare them, and {@code context.jsonld} repeats them
 * (a test keeps the two in step).
 */
public final class KgPrefixes {

    /** Base of every data IRI the loader mints; data ids such as {@code place/kharkiv} resolve against it. */
    public static final String DATA = "https://w3id.org/warkg/id/";

    private static final Map<String, String> VOCABULARIES = build();

    private KgPrefixes() {}

    /** Prefix to namespace, in a fixed order. */
    public static Map<String, String> vocabularies() {
        return VOCABULARIES;
    }

    private static Map<String, String> build() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("kg", "https://w3id.org/warkg/ns#");
        map.put("schema", "https://schema.org/");
        map.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        map.put("prov", "http://www.w3.org/ns/prov#");
        map.put("oa", "http://www.w3.org/ns/oa#");
        map.put("time", "http://www.w3.org/2006/time#");
        map.put("org", "http://www.w3.org/ns/org#");
        map.put("geo", "http://www.opengis.net/ont/geosparql#");
        map.put("owl", "http://www.w3.org/2002/07/owl#");
        map.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        map.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        map.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        map.put("skos", "http://www.w3.org/2004/02/skos/core#");
        map.put("dcterms", "http://purl.org/dc/terms/");
        map.put("wd", "http://www.wikidata.org/entity/");
        return Collections.unmodifiableMap(map);
    }
}
