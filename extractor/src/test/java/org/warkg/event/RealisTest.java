package org.warkg.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warkg.TestResources;
import org.warkg.nlp.Token;

class RealisTest {

    private static boolean actual(String sentence, String trigger) {
        List<Token> tokens = TestResources.annotate(sentence).sentences().get(0).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(trigger)) {
                return Realis.actual(tokens, i);
            }
        }
        throw new IllegalArgumentException(trigger + " not in " + sentence);
    }

    @Test
    void aTriggerThatHappenedIsActual() {
        assertThat(actual("Russian forces seized the village on Monday.", "seized")).isTrue();
        assertThat(actual("The deputy minister was in charge of logistics.", "charge")).isFalse();
        assertThat(actual("Both sides agreed to cease fire at noon.", "fire")).isFalse();
        assertThat(actual("The offensive began at dawn.", "offensive")).isTrue();
        assertThat(actual("Ukrainian aviation used four bombs to strike a building.", "strike")).isTrue();
        assertThat(actual("Russia launched a push to recapture the region in March.", "recapture")).isTrue();
    }

    @Test
    void aPlanOrASeriesIsNot() {
        assertThat(actual("Russia plans to seize the city.", "seize")).isFalse();
        assertThat(actual("Russia will launch a push to recapture the region.", "recapture")).isFalse();
        assertThat(actual("Ukraine may use the weapons to strike targets in Russia.", "strike")).isFalse();
        assertThat(actual("Officials warned of a possible offensive this summer.", "offensive")).isFalse();
        assertThat(actual("Kharkiv has faced repeated drone attacks.", "attacks")).isFalse();
        assertThat(actual("Kharkiv faced repeated large-scale drone and missile attacks.", "attacks")).isFalse();
        assertThat(actual("Russia planned to launch an offensive into Sumy Oblast.", "offensive")).isFalse();
        assertThat(actual("Russia massed forces to potentially launch an attack on Sumy.", "attack")).isFalse();
        assertThat(actual("Belgrade refused to join Western sanctions against Russia.", "sanctions")).isFalse();
        assertThat(actual("Romania denies downing Russian drones over Ukraine.", "downing")).isFalse();
        assertThat(actual("Troops dig trenches, bracing for a Ukrainian attack.", "attack")).isFalse();
        assertThat(actual("An official learnt that half of Kyiv bomb shelters inspected during an audit were closed.",
            "bomb")).isFalse();
        assertThat(actual("Anticipation mounts around what is expected to be a broad attack.", "attack")).isFalse();
        assertThat(actual("The U.S. gave Ukraine permission to use American weapons to strike targets in Russia.",
            "strike")).isFalse();
        assertThat(actual("Zelensky accused Russia of using suppliers to evade international sanctions.",
            "sanctions")).isFalse();
        assertThat(actual("Shells reached Russia, breaching UN sanctions, a report says.", "sanctions")).isFalse();
        assertThat(actual("Washington lifted the ban on strikes inside Russia.", "strikes")).isFalse();
        assertThat(actual("The governor said there were no casualties.", "casualties")).isFalse();
        assertThat(actual("Moscow got oil in exchange for shells.", "exchange")).isFalse();
        assertThat(actual("Russian forces used artillery to repel a cross-border incursion.", "incursion")).isTrue();
    }

    @Test
    void habitsHypothesesAndAssessmentsAreBackground() {
        assertThat(Realis.background("Russia attacks Ukrainian cities every night.")).isTrue();
        assertThat(Realis.background("Russia is likely launching hundreds of drones.")).isTrue();
        assertThat(Realis.background("The strike could escalate the war.")).isTrue();
        assertThat(Realis.background("Heavy battles continue to grind in the east.")).isTrue();
        assertThat(Realis.background("Drone attacks on the region have become a common occurrence.")).isTrue();
        assertThat(Realis.background("Ukraine is ready for a second round of talks in Istanbul.")).isTrue();
        assertThat(Realis.background("The legion said it was willing to hand over the soldiers.")).isTrue();
        assertThat(Realis.background("In recent months, Kharkiv has been the target of drone attacks.")).isTrue();
        assertThat(Realis.background("At least 500 children have died since the Russian invasion.")).isTrue();
        assertThat(Realis.background("She visited Kharkiv to honour children killed since the invasion.")).isFalse();
        assertThat(Realis.background("Drones struck a depot in Rylsk on May 31.")).isFalse();
    }
}
