package org.warkg.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CasualtyCounterTest {

    private final CasualtyCounter counter = new CasualtyCounter();

    @Test
    void readsCountsInDigitsAndWords() {
        String s = "Shelling of the suburb went on all night, killing four civilians and injuring 37.";
        assertThat(counter.killed(s)).isEqualTo(4);
        assertThat(counter.injured(s)).isEqualTo(37);
        assertThat(counter.killed("At least 250 conscripts were killed.")).isEqualTo(250);
        assertThat(counter.injured("The strikes caused fires and injured 14 people.")).isEqualTo(14);
    }

    @Test
    void noCasualtiesIsZeroAndVagueAmountsAreNothing() {
        assertThat(counter.killed("The council reported no casualties, only broken windows.")).isZero();
        assertThat(counter.injured("No injuries were recorded.")).isZero();
        assertThat(counter.killed("Dozens of people were killed.")).isNull();
    }

    @Test
    void aNumberCountsOnlyTheWordsItGoesWith() {
        String s = "A six-year-old boy was killed, and 19 other people injured as the bomb fell.";
        assertThat(counter.killed(s)).isEqualTo(1);
        assertThat(counter.injured(s)).isEqualTo(19);
        String headline = "Raid on Dnipro Suburb Leaves Five Dead and 43 Injured";
        assertThat(counter.killed(headline)).isEqualTo(5);
        assertThat(counter.injured(headline)).isEqualTo(43);
        assertThat(counter.killed("A witness called the shelling deadly; nobody can say how many were killed."))
            .isNull();
    }

    @Test
    void oneVictimNamedByAgeOrRoleCountsOne() {
        assertThat(counter.killed("A 93-year-old pensioner was killed when a rocket hit her yard.")).isEqualTo(1);
        assertThat(counter.injured("A mine struck a harvester on the farm, injuring its driver.")).isEqualTo(1);
        assertThat(counter.killed("The missile struck a warehouse, killing a 35-year-old guard.")).isEqualTo(1);
    }

    @Test
    void countsWrittenAsTensAndUnits() {
        assertThat(counter.injured("Thirty-four people were hurt in the blast.")).isEqualTo(34);
        assertThat(counter.killed("The shelling killed sixty miners.")).isEqualTo(60);
    }

    @Test
    void twoVictimsNamedByRoleCountTwo() {
        assertThat(counter.injured("A shell landed by the ferry, wounding the skipper and a deckhand.")).isEqualTo(2);
        assertThat(counter.killed("The blast killed a nurse and her son.")).isEqualTo(2);
        assertThat(counter.injured("The strike injured the head of the village council.")).isEqualTo(1);
    }

    @Test
    void aRevisedTollCountsItsNewFigure() {
        assertThat(counter.killed("After Friday's raid on the station, its death toll had jumped to 16."))
            .isEqualTo(16);
        assertThat(counter.killed("Shells hit the harbour; by evening the number of those killed rose to nine, "
            + "officials said.")).isEqualTo(9);
        assertThat(counter.injured("Officials said the number of civilians wounded by the ferry strike "
            + "had climbed to 31.")).isEqualTo(31);
    }

    @Test
    void moreWaysOfSayingNoOneWasHurtAreZero() {
        assertThat(counter.noneKilled("The attack caused no casualties, the regional administration said.")).isZero();
        assertThat(counter.noneInjured("There were no reports of injuries.")).isZero();
    }

    @Test
    void readsARevisedTollAcrossALongSubjectAndQuotedOrNounCounts() {
        assertThat(counter.killed("The number of people killed by the missile attack on a dormitory beside the "
            + "freight yard of the harbour on Nov. 3 has risen to 17, officials said.")).isEqualTo(17);
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
