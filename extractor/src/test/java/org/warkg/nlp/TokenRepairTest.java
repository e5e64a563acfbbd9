package org.warkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.warkg.TestResources;

class TokenRepairTest {

    private final TextAnalyzer analyzer = TestResources.analyzer();

    @Test
    void splitsPossessivesOffTheName() {
        assertThat(analyzer.tokenize("Kursk Oblast's governor and HUR\u2019s statement"))
            .containsExactly("Kursk", "Oblast", "'s", "governor", "and", "HUR", "\u2019s", "statement");
    }

    @Test
    void keepsHyphenatedModelNamesWhole() {
        assertThat(analyzer.tokenize("an Iskander-M and Shahed-136 drones, a GBU-39/B bomb"))
            .containsExactly("an", "Iskander-M", "and", "Shahed-136", "drones", ",", "a", "GBU-39/B", "bomb");
    }

    @Test
    void leavesSpacedDashesAlone() {
        assertThat(analyzer.tokenize("Kharkiv - a city")).containsExactly("Kharkiv", "-", "a", "city");
    }
}
