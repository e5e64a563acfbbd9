package org.warkg.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.warkg.TestResources;

class GazetteerTest {

    @Test
    void findsEntriesByAnySpellingWithCaseAndPossessivesFolded() {
        Gazetteer gazetteer = TestResources.smallGazetteer();

        assertThat(gazetteer.byName("Kursk Region")).extracting(GazetteerEntry::id)
            .containsExactly("place/kursk-oblast");
        assertThat(gazetteer.byName("SBU\u2019s")).extracting(GazetteerEntry::id).containsExactly("org/sbu");
        assertThat(gazetteer.byId("place/sudzha").parent()).isEqualTo("place/kursk-oblast");
        assertThat(gazetteer.byId("place/sudzha").lat()).isEqualTo(51.19);
    }

    @Test
    void namesTheFileAndLineOfABadEntry() {
        String bad = "#id\ttype\tname\taliases\twikidata\tparent\tlat\tlon\nx/1\tPlanet\tMars\t\t\t\t\t\n";
        assertThatThrownBy(() -> Gazetteer.of(Map.of("bad.tsv",
            new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)))))
            .isInstanceOf(GazetteerFormatException.class).hasMessage("bad.tsv:2: unknown type 'Planet'");
    }

    @Test
    void theShippedGazetteerLoadsWithUniqueIdsAndKnownParents() {
        Gazetteer gazetteer = Gazetteer.standard();
        for (GazetteerEntry entry : gazetteer.entries()) {
            if (entry.parent() != null) {
                assertThat(gazetteer.byId(entry.parent())).as("parent of " + entry.id()).isNotNull();
            }
        }
    }
}
