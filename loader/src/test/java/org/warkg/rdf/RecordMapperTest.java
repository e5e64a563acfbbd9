package org.warkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.warkg.TestRecords;
import org.warkg.load.ArticleGraphs;
import org.warkg.load.ShapeValidator;
import org.warkg.ontology.KG;
import org.warkg.ontology.PROV;
import org.warkg.ontology.SEM;
import org.warkg.record.DocumentRecord;
import org.warkg.record.EventRecord;

class RecordMapperTest {

    private final ArticleGraphs articles = ArticleGraphs.standard();

    @Test
    void mapsARecordToAGraphThatFitsTheShapes() {
        DocumentRecord record = TestRecords.kharkiv("a.txt", 3);
        Graph graph = articles.toGraph(record);

        assertThat(ShapeValidator.standard().violations(graph)).isEmpty();
        Node kharkiv = NodeFactory.createURI(Iris.BASE + "place/kharkiv");
        assertThat(graph.contains(kharkiv, SchemaDO.name.asNode(), NodeFactory.createLiteralString("Kharkiv")))
            .isTrue();
        assertThat(graph.contains(kharkiv, SchemaDO.alternateName.asNode(),
            NodeFactory.createLiteralString("Kharkov"))).isTrue();
        assertThat(graph.contains(kharkiv, SchemaDO.alternateName.asNode(),
            NodeFactory.createLiteralString("Charkiw"))).as("a gazetteer spelling the article does not use").isTrue();
        Node event = graph.find(Node.ANY, SEM.hasPlace, kharkiv).next().getSubject();
        assertThat(graph.contains(event, KG.killed, Node.ANY)).isTrue();
        assertThat(graph.contains(event, SEM.hasEarliestBeginTimeStamp,
            NodeFactory.createLiteralDT("2025-06-11", XSDDatatype.XSDdate))).isTrue();
        Node report = graph.find(Node.ANY, KG.reports, event).next().getSubject();
        assertThat(graph.contains(report, KG.claimant, NodeFactory.createURI(Iris.BASE + "person/ihor-terekhov")))
            .isTrue();
        assertThat(graph.contains(report, KG.verification, KG.Unverified)).isTrue();
        assertThat(graph.contains(Iris.graph(record), PROV.wasDerivedFrom, Iris.article(record))).isTrue();
    }

    @Test
    void aFetchedCopyNamesWhenItWasFetchedItsFeedAndTheCopyItRevises() {
        DocumentRecord record = TestRecords.kharkiv("a.txt", 3);
        Graph graph = articles.toGraph(record, new Retrieval(Instant.parse("2025-06-12T08:30:00Z"), "b2",
            "https://example.org/feed.xml", "a1"));

        assertThat(ShapeValidator.standard().violations(graph)).isEmpty();
        Node copy = Iris.copy("b2");
        assertThat(graph.contains(Iris.extraction(record), PROV.used, copy)).isTrue();
        assertThat(graph.contains(copy, PROV.generatedAtTime,
            NodeFactory.createLiteralDT("2025-06-12T08:30:00Z", XSDDatatype.XSDdateTime))).isTrue();
        assertThat(graph.contains(copy, KG.feed, NodeFactory.createURI("https://example.org/feed.xml"))).isTrue();
        assertThat(graph.contains(copy, PROV.wasRevisionOf, Iris.copy("a1"))).isTrue();
        assertThat(graph.size()).isEqualTo(articles.toGraph(record).size() + 5);
    }

    @Test
    void aReportPointsToTheStoryItIsToldInWithItsHeadlineAndOutlet() {
        DocumentRecord record = TestRecords.kharkiv("a.txt", 3);
        Graph graph = articles.toGraph(record);

        Node story = Iris.story(record, 1);
        Node report = graph.find(Node.ANY, KG.reports, Node.ANY).next().getSubject();
        assertThat(graph.contains(report, KG.story, story)).isTrue();
        assertThat(graph.contains(story, SchemaDO.isPartOf.asNode(), Iris.article(record))).isTrue();
        assertThat(graph.contains(story, SchemaDO.headline.asNode(),
            NodeFactory.createLiteralString("Drones hit Kharkiv"))).isTrue();
        assertThat(graph.contains(story, SchemaDO.publisher.asNode(), Iris.outlet("Harbour Wire"))).isTrue();
    }

    @Test
    void twoEventsOfOneNodeGiveItTheHighestFigure() {
        DocumentRecord one = TestRecords.kharkiv("a.txt", 3);
        EventRecord first = one.events().get(0);
        EventRecord second = new EventRecord("v2", first.type(), first.date(), first.datePrecision(),
            first.location(), first.locationId(), null, null, null, null, List.of(), 0, 5, 12, 9, null, null, null,
            "Another strike on Kharkiv killed no one.", List.of(), null);
        DocumentRecord record = new DocumentRecord(one.formatVersion(), one.doc(), one.published(), one.title(),
            one.url(), one.outlet(), one.source(), one.extractorVersion(), one.extractedAt(), one.entities(),
            List.of(first, second), one.stories());
        Graph graph = articles.toGraph(record);

        assertThat(ShapeValidator.standard().violations(graph)).isEmpty();
        Node event = graph.find(Node.ANY, SEM.hasPlace, Node.ANY).next().getSubject();
        assertThat(figures(graph, event, KG.killed)).containsExactly(3);
        assertThat(figures(graph, event, KG.injured)).containsExactly(5);
        assertThat(figures(graph, event, KG.launched)).containsExactly(17);
        assertThat(figures(graph, event, KG.downed)).containsExactly(9);
        assertThat(graph.find(Node.ANY, KG.reports, event).toList()).hasSize(2);
    }

    @Test
    void aRecordThatBreaksTheShapesIsFound() {
        Graph graph = articles.toGraph(TestRecords.kharkiv("a.txt", -4));
        assertThat(ShapeValidator.standard().violations(graph)).anySatisfy(v -> assertThat(v).contains("killed"));
    }

    @Test
    void anAddressThatIsNoValidIriIsKeptAsTextAndTheArticleIriIsMinted() {
        DocumentRecord one = TestRecords.kharkiv("a.txt", 3);
        String stated = "https://bad.example/a\"><script>x</script>";
        DocumentRecord record = new DocumentRecord(one.formatVersion(), one.doc(), one.published(), one.title(),
            stated, one.outlet(), one.source(), one.extractorVersion(), one.extractedAt(), one.entities(),
            one.events(), one.stories());
        Graph graph = articles.toGraph(record);

        assertThat(ShapeValidator.standard().violations(graph)).isEmpty();
        Node article = Iris.article(record);
        assertThat(article.getURI()).startsWith(Iris.BASE + "article/").doesNotContain("bad.example");
        assertThat(graph.contains(article, SchemaDO.url.asNode(), NodeFactory.createLiteralString(stated))).isTrue();
    }

    private static List<Object> figures(Graph graph, Node event, Node property) {
        return graph.find(event, property, Node.ANY).mapWith(t -> t.getObject().getLiteralValue()).toList();
    }
}
