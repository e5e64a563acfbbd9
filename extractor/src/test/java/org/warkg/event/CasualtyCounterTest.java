package org.warkg.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CasualtyCounterTest {

    private final CasualtyCounter counter = new CasualtyCounter();

    @Test
    void readsCountsInDigitsAndWords() {
        String s = "Russian forces launched a drone attack, killing three people and injuring 60.";
        assertThat(counter.killed(s)).isEqualTo(3);
        assertThat(counter.injured(s)).isEqualTo(60);
        assertThat(counter.killed("At least 250 Ukrainian troops were killed.")).isEqualTo(250);
        assertThat(counter.injured("The strikes caused fires and injured 14 people.")).isEqualTo(14);
    }

    @Test
    void noCasualtiesIsZeroAndVagueAmountsAreNothing() {
        assertThat(counter.killed("He said there were no casualties or damage.")).isZero();
        assertThat(counter.injured("No injuries were reported.")).isZero();
        assertThat(counter.killed("Dozens of people were killed.")).isNull();
    }
}
