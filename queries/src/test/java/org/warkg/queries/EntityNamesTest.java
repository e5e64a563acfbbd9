package org.warkg.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Names and aliases typed for an entity parameter, looked up in the war fixture. */
class EntityNamesTest {

    private static final String KHARKIV = KgPrefixes.DATA + "place/kharkiv";

    private DatasetGraph dataset;
    private EntityNames names;
    private NamedQuery timeline;

    @BeforeEach
    void load() {
        dataset = TestStore.load("war.trig");
        names = new EntityNames(new DatasetEndpoint(dataset));
        timeline = QueryLibrary.standard().get("place-timeline");
    }

    @Test
    void resolvesANameOrAnAliasInAnyCaseToTheEntity() {
        assertThat(names.resolve(timeline, Map.of("place", "Kharkiv"))).containsEntry("place", KHARKIV);
        assertThat(names.resolve(timeline, Map.of("place", "KHARKOV"))).containsEntry("place", KHARKIV);
        assertThat(names.resolve(timeline, Map.of("place", "Kharkiv region")))
            .containsEntry("place", KgPrefixes.DATA + "place/kharkiv-oblast");
    }

    @Test
    void leavesIdsAndOtherParametersAlone() {
        Map<String, String> values = Map.of("place", "place/kharkiv", "from", "2024-05-01");
        assertThat(EntityNames.anyName(timeline, values)).isFalse();
        assertThat(names.resolve(timeline, values)).isEqualTo(values);
    }

    @Test
    void listsTheCandidatesOfAnAmbiguousName() {
        Txn.executeWrite(dataset, () -> dataset.add(Quad.create(NodeFactory.createURI("urn:test:g"),
            NodeFactory.createURI(KgPrefixes.DATA + "place/kharkov-village"),
            NodeFactory.createURI("https://schema.org/alternateName"), NodeFactory.createLiteralString("Kharkov"))));
        assertThatThrownBy(() -> names.resolve(timeline, Map.of("place", "Kharkov")))
            .isInstanceOf(QueryLibraryException.class)
            .hasMessageContaining("parameter 'place': 'Kharkov' names 2 entities")
            .hasMessageContaining("(place/kharkiv)")
            .hasMessageContaining("(place/kharkov-village)");
    }

    @Test
    void suggestsNearNamesForOneThatNamesNothing() {
        assertThatThrownBy(() -> names.resolve(timeline, Map.of("place", "Kharkif")))
            .isInstanceOf(QueryLibraryException.class)
            .hasMessageContaining("no entity in the graph is named 'Kharkif'")
            .hasMessageContaining("Did you mean Kharkiv (place/kharkiv)");
    }
}
