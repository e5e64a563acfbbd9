package org.warkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.warkg.TestRecords;
import org.warkg.load.ArticleLoader;
import org.warkg.load.ShapeValidator;
import org.warkg.ontology.KG;
import org.warkg.ontology.PROV;
import org.warkg.ontology.SEM;
import org.warkg.record.DocumentRecord;
import org.warkg.store.Tdb2GraphStore;

class RecordMapperTest {

    private final ArticleLoader loader = new ArticleLoader(new RecordMapper(), ShapeValidator.standard(),
        Tdb2GraphStore.inMemory());

    @Test
    void mapsARecordToAGraphThatFitsTheShapes() {
        DocumentRecord record = TestRecords.kharkiv("a.txt", 3);
        Graph graph = loader.toGraph(record);

        assertThat(ShapeValidator.standard().violations(graph)).isEmpty();
        Node kharkiv = NodeFactory.createURI(Iris.BASE + "place/kharkiv");
        assertThat(graph.contains(kharkiv, SchemaDO.name.asNode(), NodeFactory.createLiteralString("Kharkiv")))
            .isTrue();
        assertThat(graph.contains(kharkiv, SchemaDO.alternateName.asNode(),
            NodeFactory.createLiteralString("Kharkov"))).isTrue();
        Node event = graph.find(Node.ANY, SEM.hasPlace, kharkiv).next().getSubject();
        assertThat(graph.contains(event, KG.killed, Node.ANY)).isTrue();
        Node report = graph.find(Node.ANY, KG.reports, event).next().getSubject();
        assertThat(graph.contains(report, KG.claimant, NodeFactory.createURI(Iris.BASE + "person/ihor-terekhov")))
            .isTrue();
        assertThat(graph.contains(report, KG.verification, KG.Unverified)).isTrue();
        assertThat(graph.contains(Iris.graph(record), PROV.wasDerivedFrom, Iris.article(record))).isTrue();
    }

    @Test
    void aRecordThatBreaksTheShapesIsFound() {
        Graph graph = loader.toGraph(TestRecords.kharkiv("a.txt", -4));
        assertThat(ShapeValidator.standard().violations(graph)).anySatisfy(v -> assertThat(v).contains("killed"));
    }
}
