package org.warkg.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warkg.gazetteer.EntityType;
import org.warkg.mention.Mention;

class EntityTest {

    private static Entity place(String name) {
        return new Entity("e1", EntityType.Location, name, List.of(), List.of(), null, List.of());
    }

    private static Mention written(String text) {
        return new Mention(EntityType.Location, 0, 0, text.split(" ").length, 0, text.length(), text, "gazetteer",
            null);
    }

    @Test
    void anotherSpellingOfTheNameIsGivenAsWritten() {
        assertThat(place("Kulbaki").nameAsWritten(written("Kulbaky"))).isEqualTo("Kulbaky");
        assertThat(place("Kyiv").nameAsWritten(written("Kiev's"))).isEqualTo("Kiev");
    }

    @Test
    void aRegionNamedWithAnotherWordForItsKindIsGivenAsWritten() {
        assertThat(place("Kursk Oblast").nameAsWritten(written("Kursk region"))).isEqualTo("Kursk region");
        assertThat(place("Zaporizhzhia Oblast").nameAsWritten(written("Zaporozhye Region")))
            .isEqualTo("Zaporozhye Region");
    }

    @Test
    void anotherFormOrCaseOfTheNameGivesTheName() {
        assertThat(place("Kursk Oblast").nameAsWritten(written("Kursk"))).isEqualTo("Kursk Oblast");
        assertThat(place("Chasiv Yar").nameAsWritten(written("CHASIV YAR"))).isEqualTo("Chasiv Yar");
        assertThat(place("United States").nameAsWritten(written("US"))).isEqualTo("United States");
    }
}
