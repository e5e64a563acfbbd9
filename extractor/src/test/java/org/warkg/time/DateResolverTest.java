package org.warkg.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateResolverTest {

    private static final LocalDate STORY = LocalDate.of(2025, 6, 11);
    private final DateResolver resolver = new DateResolver();

    private String iso(String sentence) {
        EventDate date = resolver.resolve(sentence, STORY);
        return date == null ? null : date.iso();
    }

    @Test
    void resolvesDaysAgainstTheStoryDate() {
        assertThat(iso("Drones hit a depot in Rylsk on June 9.")).isEqualTo("2025-06-09");
        assertThat(iso("Early on 7 June, gunners downed a helicopter.")).isEqualTo("2025-06-07");
        assertThat(iso("Some 140 drones flew in overnight on Tuesday.")).isEqualTo("2025-06-10");
        assertThat(iso("Four pupils were among 19 hurt in Saturday's raid.")).isEqualTo("2025-06-07");
        assertThat(iso("Two guards died last night.")).isEqualTo("2025-06-11");
        assertThat(iso("Drones hit the depot yesterday.")).isEqualTo("2025-06-10");
        assertThat(iso("The enemy lost 800 troops over the past day.")).isEqualTo("2025-06-11");
        assertThat(iso("Losses in the last 24 hours came to 640 men.")).isEqualTo("2025-06-11");
    }

    @Test
    void weekdaysWithTheirTimeOfDay() {
        assertThat(iso("A glide bomb struck a school late Monday.")).isEqualTo("2025-06-09");
        assertThat(iso("Shelling resumed Sunday night along the river.")).isEqualTo("2025-06-08");
        assertThat(iso("On Friday, the council approved new curbs.")).isEqualTo("2025-06-06");
    }

    @Test
    void aPeriodFromOneDayToTheNextIsDatedByItsEnd() {
        assertThat(iso("Between waves, from 23:00 on June 8 to 05:00 on June 9, crews downed 40 drones."))
            .isEqualTo("2025-06-09");
        assertThat(iso("From June 2 the unit guarded the bridge; on June 5 it left.")).isEqualTo("2025-06-02");
    }

    @Test
    void aDateLaterThanTheStoryIsLastYears() {
        assertThat(iso("The talks began on December 20.")).isEqualTo("2024-12-20");
    }

    @Test
    void keepsAMonthOrYearWithoutInventingADay() {
        assertThat(iso("The brigade pulled out of Vovchansk in March.")).isEqualTo("2025-03");
        assertThat(iso("Last June, the two countries signed a treaty.")).isEqualTo("2024-06");
        assertThat(iso("Ukraine launched an incursion in August 2024.")).isEqualTo("2024-08");
        assertThat(iso("Earlier this year, more troops arrived.")).isEqualTo("2025");
        assertThat(iso("Over the month of April alone, 410 drones flew.")).isEqualTo("2025-04");
        assertThat(iso("Despite Moscow's April 2025 boast of victory, clashes continued.")).isEqualTo("2025-04");
    }

    @Test
    void theDayOfAStatementIsNotTheDayOfWhatItTells() {
        assertThat(iso("A pilot claimed on May 18 that his aircraft took fire.")).isEqualTo("2025-05");
        assertThat(iso("Marines gave up, the battalion said in footage posted on Telegram on May 31."))
            .isEqualTo("2025-05");
        assertThat(iso("Lukashenko praised Moscow at talks with Putin, according to Belarusian TV on 5 June."))
            .isEqualTo("2025-06");
        assertThat(iso("Pyongyang lost 4,100 men, according to one June 4 estimate.")).isEqualTo("2025-06-04");
        assertThat(iso("Partisans stated on Saturday they had seized three sentries.")).isEqualTo("2025-06");
        assertThat(iso("The mayor wrote on Sunday that rockets hit a bakery.")).isEqualTo("2025-06-08");
        assertThat(iso("Drones struck the depot on May 31, the governor said.")).isEqualTo("2025-05-31");
        assertThat(iso("Artillery pounded nine villages in the last day, the district office reported on May 31."))
            .isEqualTo("2025-05-31");
        assertThat(iso("Belarus has gathered tanks near the frontier, an aide added on May 28.")).isEqualTo("2025-05");
        assertThat(iso("The figures were invented, Meduza reported on May 27, citing two insiders."))
            .isEqualTo("2025-05");
        assertThat(iso("Berlin gave Kyiv the go-ahead, a minister told a radio show on May 31."))
            .isEqualTo("2025-05");
    }

    @Test
    void givesNothingWhenTheSentenceHasNoDate() {
        assertThat(iso("Rockets set a grain silo ablaze outside town.")).isNull();
    }

    @Test
    void aClauseADayAfterTheMainOneHappenedTheDayBefore() {
        String sentence = "The mayor closed the schools on Thursday, a day after two teachers were wounded.";
        assertThat(resolver.clauseDate(sentence, sentence.indexOf("wounded"), STORY).iso()).isEqualTo("2025-06-04");
        assertThat(resolver.clauseDate(sentence, sentence.indexOf("closed"), STORY)).isNull();
        String before = "Drones struck Odesa on June 9, two days before the summit opened.";
        assertThat(resolver.clauseDate(before, before.indexOf("opened"), STORY).iso()).isEqualTo("2025-06-11");
    }

    @Test
    void aClauseWithoutADayBeforeItKeepsTheSentenceDate() {
        String sentence = "A day after the strike on Kyiv, officials counted the dead.";
        assertThat(resolver.clauseDate(sentence, sentence.indexOf("strike"), STORY)).isNull();
    }

    @Test
    void aTrailingClauseAfterAnUndatedMainOneDatesItself() {
        String sentence = "The raid followed two days after Berlin cleared the jets for use on June 2.";
        assertThat(resolver.clauseDate(sentence, sentence.indexOf("cleared"), STORY).iso()).isEqualTo("2025-06-02");
    }
}
