package org.warkg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class KGTest {

    @Test
    void constantsAndTurtleDeclareTheSameTerms() throws IllegalAccessException {
        Graph ontology = OntologyResources.ontology();
        Set<String> declared = new TreeSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY)
            .mapWith(Triple::getSubject)
            .filterKeep(s -> s.isURI() && s.getURI().startsWith(KG.NS))
            .forEach(s -> declared.add(s.getLocalName()));

        Set<String> constants = new TreeSet<>();
        for (Field field : KG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Node.class) {
                Node node = (Node) field.get(null);
                assertThat(node.getURI()).isEqualTo(KG.NS + field.getName());
                constants.add(field.getName());
            }
        }
        assertThat(constants).isEqualTo(declared);
    }

    @Test
    void shapesParseAndAcceptAnEmptyGraph() {
        Graph empty = GraphFactory.createDefaultGraph();
        ValidationReport report = ShaclValidator.get().validate(OntologyResources.shapes(), empty);
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void shapesRejectAnEventWithoutReport() {
        Graph data = GraphFactory.createDefaultGraph();
        Node event = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/warkg/id/event/x");
        data.add(event, RDF.type.asNode(), KG.Attack);
        ValidationReport report = ShaclValidator.get().validate(OntologyResources.shapes(), data);
        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries()).anySatisfy(e -> assertThat(e.focusNode()).isEqualTo(event));
    }
}
