package org.warkg.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Node-level constants for the Simple Event Model terms the graph uses. */
public final class SEM {

    /** The namespace of SEM. */
    public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    private SEM() {}

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

    public static final Node Event = resource("Event");
    public static final Node Actor = resource("Actor");
    public static final Node Place = resource("Place");

    public static final Node hasActor = property("hasActor");
    public static final Node hasPlace = property("hasPlace");
    public static final Node hasTimeStamp = property("hasTimeStamp");
    public static final Node hasEarliestBeginTimeStamp = property("hasEarliestBeginTimeStamp");
    public static final Node hasLatestEndTimeStamp = property("hasLatestEndTimeStamp");
}
