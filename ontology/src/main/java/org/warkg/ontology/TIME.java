package org.warkg.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Node-level constants for the OWL-Time units that state a date's precision. */
public final class TIME {

    /** The namespace of OWL-Time. */
    public static final String NS = "http://www.w3.org/2006/time#";

    private TIME() {}

    /** Returns the namespace. */
    public static String getURI() {
        return NS;
    }

    private static Node resource(String local) {
        return NodeFactory.createURI(NS + local);
    }

    public static final Node unitDay = resource("unitDay");
    public static final Node unitMonth = resource("unitMonth");
    public static final Node unitYear = resource("unitYear");
}
