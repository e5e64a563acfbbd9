package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.warkg.rdf.Iris;

class IdPathsTest {

    @Test
    void servesTheBaseWhereIrisAreMinted() {
        assertThat(IdPaths.BASE).isEqualTo(Iris.BASE);
    }

    @Test
    void mapsPathsToIrisAndBack() {
        assertThat(IdPaths.iri("/place/kharkiv").getURI()).isEqualTo(Iris.BASE + "place/kharkiv");
        assertThat(IdPaths.href(NodeFactory.createURI(Iris.BASE + "event/abc"))).isEqualTo("/id/event/abc");
        assertThat(IdPaths.iri("/")).isNull();
        assertThat(IdPaths.iri(null)).isNull();
    }

    @Test
    void leavesOtherIrisAlone() {
        String wikidata = "http://www.wikidata.org/entity/Q42386";
        assertThat(IdPaths.href(NodeFactory.createURI(wikidata))).isEqualTo(wikidata);
    }
}
