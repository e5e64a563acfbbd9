package org.warkg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads {@code manifest.ttl}, which pairs every library query with data and
 * expected rows, in the manner of Jena's own test manifests. Its small vocabulary:
 * <pre>
 * &lt;#name&gt; a t:QueryTest ;
 *     t:query "library-query" ;  t:data &lt;war.trig&gt; ;
 *     t:param [ t:name "place" ; t:value "place/kharkiv" ] ;
 *     t:columns ( "date" "event" ) ;  t:ordered true ;
 *     t:rows ( ( "2024-05-10" ev:e1 ) ( "2024-05-11" t:unbound ) ) .
 * </pre>
 */
final class QueryManifest {

    static final String NS = "https://w3id.org/warkg/test#";
    static final Node UNBOUND = NodeFactory.createURI(NS + "unbound");
    private static final String BASE = "https://w3id.org/warkg/test/";

    private final List<QueryCase> cases;
    private final PrefixMapping prefixes;

    private QueryManifest(List<QueryCase> cases, PrefixMapping prefixes) {
        this.cases = cases;
        this.prefixes = prefixes;
    }

    /** Reads the manifest, a class-path resource beside the tests. */
    static QueryManifest read(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = QueryManifest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            RDFParser.source(in).base(BASE).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<QueryCase> cases = new ArrayList<>();
        Resource type = model.createResource(NS + "QueryTest");
        for (Resource test : model.listResourcesWithProperty(RDF.type, type).toList()) {
            cases.add(entry(model, test));
        }
        cases.sort(Comparator.comparing(QueryCase::id));
        return new QueryManifest(cases, model);
    }

    List<QueryCase> cases() {
        return cases;
    }

    /** The manifest's prefixes, to print terms as the manifest writes them. */
    PrefixMapping prefixes() {
        return prefixes;
    }

    private static QueryCase entry(Model model, Resource test) {
        String id = test.getURI().substring(test.getURI().indexOf('#') + 1);
        Map<String, String> values = new LinkedHashMap<>();
        for (Statement param : test.listProperties(p(model, "param")).toList()) {
            Resource r = param.getResource();
            values.put(r.getProperty(p(model, "name")).getString(), r.getProperty(p(model, "value")).getString());
        }
        List<String> columns = test.getProperty(p(model, "columns")).getResource().as(RDFList.class).asJavaList()
            .stream().map(n -> n.asLiteral().getString()).toList();
        List<List<Node>> rows = new ArrayList<>();
        for (RDFNode row : test.getProperty(p(model, "rows")).getResource().as(RDFList.class).asJavaList()) {
            List<Node> cells = row.as(RDFList.class).asJavaList().stream()
                .map(RDFNode::asNode).toList();
            if (cells.size() != columns.size()) {
                throw new IllegalStateException(id + ": a row has " + cells.size() + " cells for "
                    + columns.size() + " columns");
            }
            rows.add(cells);
        }
        Statement ordered = test.getProperty(p(model, "ordered"));
        String data = test.getProperty(p(model, "data")).getResource().getURI().substring(BASE.length());
        return new QueryCase(id, test.getProperty(p(model, "query")).getString(), data, values, columns, rows,
            ordered != null && ordered.getBoolean());
    }

    private static Property p(Model model, String local) {
        return model.createProperty(NS + local);
    }
}
