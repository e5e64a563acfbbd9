package org.warkg.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Node-level constants for the PROV-O terms the graph uses. */
public final class PROV {

    /** The namespace of PROV-O. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {}

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

    public static final Node Entity = resource("Entity");
    public static final Node Activity = resource("Activity");
    public static final Node SoftwareAgent = resource("SoftwareAgent");

    public static final Node wasDerivedFrom = property("wasDerivedFrom");
    public static final Node wasGeneratedBy = property("wasGeneratedBy");
    public static final Node wasAttributedTo = property("wasAttributedTo");
    public static final Node wasAssociatedWith = property("wasAssociatedWith");
    public static final Node generatedAtTime = property("generatedAtTime");
    public static final Node startedAtTime = property("startedAtTime");
    public static final Node used = property("used");
    public static final Node wasRevisionOf = property("wasRevisionOf");
}
