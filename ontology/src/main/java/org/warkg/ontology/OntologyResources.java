package org.warkg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology and its SHACL shapes, read from the Turtle files shipped in this
 * module. The files are the source of truth; Java only reads them.
 */
public final class OntologyResources {

    /** Classpath name of the ontology. */
    public static final String ONTOLOGY = "org/warkg/ontology/kg.ttl";
    /** Classpath name of the SHACL shapes. */
    public static final String SHAPES = "org/warkg/ontology/shapes.ttl";

    private static volatile Shapes shapes;

    private OntologyResources() {}

    /** Reads the ontology into a new graph. */
    public static Graph ontology() {
        return read(ONTOLOGY);
    }

    /** The parsed SHACL shapes, read once. */
    public static Shapes shapes() {
        Shapes result = shapes;
        if (result == null) {
            result = Shapes.parse(read(SHAPES));
            shapes = result;
        }
        return result;
    }

    private static Graph read(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologyResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return graph;
    }
}
