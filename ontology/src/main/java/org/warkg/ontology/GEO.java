package org.warkg.ontology;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Node-level constants for the GeoSPARQL terms that carry place coordinates. */
public final class GEO {

    /** The namespace of GeoSPARQL. */
    public static final String NS = "http://www.opengis.net/ont/geosparql#";

    private GEO() {}

    /** Returns the namespace. */
    public static String getURI() {
        return NS;
    }

    private static Node resource(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private static Node property(String local) {
        return NodeFactory.createURI(NS + local);
    }

    public static final Node Geometry = resource("Geometry");
    public static final Node hasGeometry = property("hasGeometry");
    public static final Node asWKT = property("asWKT");

    /** The datatype of WKT literals; points are written {@code POINT(lon lat)}. */
    public static final RDFDatatype wktLiteral = new BaseDatatype(NS + "wktLiteral");
}
