package org.warkg.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MunitionCounterTest {

    private final MunitionCounter counter = new MunitionCounter();

    @Test
    void readsWhatWasLaunchedAndWhatWasShotDown() {
        assertThat(counter.count("Russia launched 85 drones overnight, 49 of which were shot down."))
            .isEqualTo(new Munitions(85, 49));
        assertThat(counter.count("The enemy sent a total of 73 drones toward the south."))
            .isEqualTo(new Munitions(73, null));
        assertThat(counter.count("A wave of 212 drones plus six missiles came overnight on Tuesday."))
            .isEqualTo(new Munitions(212, null));
        assertThat(counter.count("Moscow hits Odesa with 12 cruise missiles, 27 drones in night raid"))
            .isEqualTo(new Munitions(12, null));
    }

    @Test
    void airDefenceCountsAreDowned() {
        assertThat(counter.count("Gunners of the air defense neutralized 38 Shahed drones above four oblasts."))
            .isEqualTo(new Munitions(null, 38));
        assertThat(counter.count("Nine missiles were intercepted over Kyiv.")).isEqualTo(new Munitions(null, 9));
    }

    @Test
    void aShareOfAWaveCountsBoth() {
        assertThat(counter.count("Crews brought down 27 of the 33 attack drones sent over the south."))
            .isEqualTo(new Munitions(33, 27));
        assertThat(counter.count("Gunners destroyed 14 of 16 cruise missiles."))
            .isEqualTo(new Munitions(16, 14));
    }

    @Test
    void countsOfOtherThingsAreNotMunitions() {
        assertThat(counter.count("Russia launched 85 attacks on 12 settlements.").counted()).isFalse();
        assertThat(counter.count("Dozens of drones were shot down.").counted()).isFalse();
    }
}
