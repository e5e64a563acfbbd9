package org.warkg.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MunitionCounterTest {

    private final MunitionCounter counter = new MunitionCounter();

    @Test
    void readsWhatWasLaunchedAndWhatWasShotDown() {
        assertThat(counter.count("Russia launched 85 drones overnight, 49 of which were shot down."))
            .isEqualTo(new Munitions(85, 49));
        assertThat(counter.count("Russia launched a total of 85 drones against Ukrainian territory."))
            .isEqualTo(new Munitions(85, null));
        assertThat(counter.count("A wave of 315 drones and seven missiles came overnight on Tuesday."))
            .isEqualTo(new Munitions(315, null));
        assertThat(counter.count("Russia attacks Ukraine with 15 cruise missiles, 18 drones in overnight attack"))
            .isEqualTo(new Munitions(15, null));
    }

    @Test
    void airDefenceCountsAreDowned() {
        assertThat(counter.count("Ukrainian air defenses neutralized 49 Shahed drones over several regions."))
            .isEqualTo(new Munitions(null, 49));
        assertThat(counter.count("Nine missiles were intercepted over Kyiv.")).isEqualTo(new Munitions(null, 9));
    }

    @Test
    void countsOfOtherThingsAreNotMunitions() {
        assertThat(counter.count("Russia launched 85 attacks on 12 settlements.").counted()).isFalse();
        assertThat(counter.count("Dozens of drones were shot down.").counted()).isFalse();
    }
}
