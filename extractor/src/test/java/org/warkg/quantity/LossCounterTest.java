package org.warkg.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LossCounterTest {

    private final LossCounter counter = new LossCounter();

    @Test
    void readsTheFigureOfATally() {
        assertThat(counter.lost("The enemy has lost about 2,400 troops in the north this week.")).isEqualTo(2400);
        assertThat(counter.lost("Its losses have passed 9,100 personnel, the staff claims.")).isEqualTo(9100);
        assertThat(counter.lost("The brigade suffered some 300 casualties.")).isEqualTo(300);
        assertThat(counter.lost("He put the toll at \u201cover 5,000\u201d soldiers.")).isEqualTo(5000);
    }

    @Test
    void aCountOfThingsIsNoTally() {
        assertThat(counter.lost("The enemy lost 12 tanks and 40 armoured vehicles.")).isNull();
        assertThat(counter.lost("Losses were heavy on both sides.")).isNull();
    }
}
