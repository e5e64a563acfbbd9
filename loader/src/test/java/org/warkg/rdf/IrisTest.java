package org.warkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warkg.TestRecords;
import org.warkg.record.EntityRecord;

class IrisTest {

    @Test
    void anEntityLinkedToTheGazetteerGetsItsIdWhateverTheSpelling() {
        EntityRecord kyiv = new EntityRecord("e1", "Location", "Kyiv", List.of(), List.of(), null, "place/kyiv", null,
            null, null, List.of(), List.of());
        EntityRecord kiev = new EntityRecord("e7", "Location", "Kiev", List.of(), List.of(), null, "place/kyiv", null,
            null, null, List.of(), List.of());

        assertThat(Iris.entity(kyiv)).isEqualTo(Iris.entity(kiev));
        assertThat(Iris.entity(kyiv).getURI()).isEqualTo(Iris.BASE + "place/kyiv");
    }

    @Test
    void anUnlinkedEntityIsKeyedByTypeAndName() {
        EntityRecord a = new EntityRecord("e1", "Person", "Ihor Terekhov", List.of(), List.of(), null, null, null,
            null, null, List.of(), List.of());
        assertThat(Iris.entity(a).getURI()).isEqualTo(Iris.BASE + "person/ihor-terekhov");
    }

    @Test
    void transliterationVariantsOfAnUnlinkedPersonGetOneIri() {
        EntityRecord a = new EntityRecord("e1", "Person", "Serhiy Lysak", List.of(), List.of(), null, null, null,
            null, null, List.of(), List.of());
        EntityRecord b = new EntityRecord("e9", "Person", "Serhii Lysak", List.of(), List.of(), null, null, null,
            null, null, List.of(), List.of());
        EntityRecord c = new EntityRecord("e2", "Person", "Oleksii Reznikov", List.of(), List.of(), null, null, null,
            null, null, List.of(), List.of());
        EntityRecord d = new EntityRecord("e3", "Person", "Oleksiy Reznikov", List.of(), List.of(), null, null,
            null, null, null, List.of(), List.of());

        assertThat(Iris.entity(a)).isEqualTo(Iris.entity(b));
        assertThat(Iris.entity(c)).isEqualTo(Iris.entity(d));
    }

    @Test
    void theSameEventInTwoArticlesGetsOneIri() {
        var one = TestRecords.kharkiv("one.txt", 3);
        var two = TestRecords.kharkiv("two.txt", 3);
        var place = Iris.entity(one.entities().get(0));

        assertThat(Iris.event(one, one.events().get(0), place)).isEqualTo(Iris.event(two, two.events().get(0), place));
        assertThat(Iris.graph(one)).isNotEqualTo(Iris.graph(two));
        assertThat(Iris.report(one, one.events().get(0))).isNotEqualTo(Iris.report(two, two.events().get(0)));
    }

    @Test
    void slugsFoldAccentsPossessivesAndPunctuation() {
        assertThat(Iris.slug("Korean People\u2019s Army")).isEqualTo("korean-people-army");
        assertThat(Iris.slug("Zaporizhzhia Nuclear Power Plant")).isEqualTo("zaporizhzhia-nuclear-power-plant");
        assertThat(Iris.slug("Vučić")).isEqualTo("vucic");
    }
}
