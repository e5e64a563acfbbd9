package org.warkg.quantity;

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

    @Test
    void aNumberCountsOnlyTheWordsItGoesWith() {
        String s = "A two-year-old girl was killed, and 22 other people injured, when the airstrike landed.";
        assertThat(counter.killed(s)).isEqualTo(1);
        assertThat(counter.injured(s)).isEqualTo(22);
        String headline = "Attack on Kharkiv Leaves at Least Three Dead and 60 Injured";
        assertThat(counter.killed(headline)).isEqualTo(3);
        assertThat(counter.injured(headline)).isEqualTo(60);
        assertThat(counter.killed("Someone said the attack was often deadly; no one knows how many were killed."))
            .isNull();
    }

    @Test
    void oneVictimNamedByAgeOrRoleCountsOne() {
        assertThat(counter.killed("A 71-year-old man was killed when a shell landed near his garden.")).isEqualTo(1);
        assertThat(counter.injured("A drone hit a tractor in the field, injuring its driver.")).isEqualTo(1);
        assertThat(counter.killed("The missile struck a warehouse, killing a 35-year-old guard.")).isEqualTo(1);
    }

    @Test
    void aRevisedTollCountsItsNewFigure() {
        assertThat(counter.killed("The death toll from Friday's strike on the market has risen to 16.")).isEqualTo(16);
        assertThat(counter.killed("The number of people killed in the shelling of the port rose to nine, "
            + "officials said.")).isEqualTo(9);
        assertThat(counter.injured("The number of injured in the Sumy attack has climbed to 31.")).isEqualTo(31);
    }

    @Test
    void moreWaysOfSayingNoOneWasHurtAreZero() {
        assertThat(counter.noneKilled("The attack caused no casualties, the regional administration said.")).isZero();
        assertThat(counter.noneInjured("There were no reports of injuries.")).isZero();
    }

    @Test
    void readsARevisedTollAcrossALongSubjectAndQuotedOrNounCounts() {
        assertThat(counter.killed("The number of people killed in the strike on a hostel near the rail depot "
            + "of the river port on Nov. 3 has risen to 17, officials said.")).isEqualTo(17);
        assertThat(counter.killed("The army said its barrage had killed \u201cup to 70 mercenaries\u201d."))
            .isEqualTo(70);
        assertThat(counter.injured("Monitors counted 310 civilian deaths and 900 injuries in May.")).isEqualTo(900);
    }

    @Test
    void killedAndWoundedTogetherIsNeitherCount() {
        assertThat(counter.killed("The battalion lost 400 men killed and wounded near the river.")).isNull();
        assertThat(counter.killed("Drones killed 3 and injured 12 at the market.")).isEqualTo(3);
        assertThat(counter.killed("Some 90 civilians were killed or injured in the first week.")).isNull();
    }

    @Test
    void readsCountsPastAnAsideARelativeClauseOrANamedVictim() {
        assertThat(counter.killed("About 800 residents, including 31 children, have died in the town."))
            .isEqualTo(800);
        assertThat(counter.killed("Police named suspects in the Feb. 3 rocket strike that killed 14 people."))
            .isEqualTo(14);
        assertThat(counter.killed("The sniper admitted killing 70-year-old Ivan Petrenko near the bridge."))
            .isEqualTo(1);
    }
}
