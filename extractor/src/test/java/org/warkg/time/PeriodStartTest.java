package org.warkg.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodStartTest {

    @Test
    void blanksTheDateThatOpensAPeriodAndKeepsOffsets() {
        String s = "The garrison has lost 700 men since 3 March, the staff said on Friday.";
        String blanked = PeriodStart.blank(s, s.indexOf("lost"));
        assertThat(blanked).hasSameSizeAs(s).doesNotContain("March").contains("said on Friday");
        assertThat(PeriodStart.blank("Since the offensive began in May 2023, 90 medics have died.", -1))
            .doesNotContain("May");
    }

    @Test
    void keepsThePhraseThatHoldsTheEventsWord() {
        String s = "Shelling has gone on since the town fell on April 4.";
        assertThat(PeriodStart.blank(s, s.indexOf("fell"))).isEqualTo(s);
    }

    @Test
    void keepsAYearThatAWhenClauseTellsOf() {
        String s = "The port has been occupied since 2015, when militias seized it.";
        assertThat(PeriodStart.blank(s, -1)).isEqualTo(s);
        assertThat(PeriodStart.blank("Prices have risen since the war began.", -1))
            .isEqualTo("Prices have risen since the war began.");
    }
}
