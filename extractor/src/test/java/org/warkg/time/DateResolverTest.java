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
        assertThat(iso("On the morning of 7 June, a jet was shot down.")).isEqualTo("2025-06-07");
        assertThat(iso("A wave of 315 drones came overnight on Tuesday.")).isEqualTo("2025-06-10");
        assertThat(iso("Five children were among 22 people injured by Saturday's attack.")).isEqualTo("2025-06-07");
        assertThat(iso("Three people were killed last night.")).isEqualTo("2025-06-11");
        assertThat(iso("Drones hit the depot yesterday.")).isEqualTo("2025-06-10");
        assertThat(iso("The enemy lost 800 troops over the past day.")).isEqualTo("2025-06-11");
        assertThat(iso("Losses in the last 24 hours came to 640 men.")).isEqualTo("2025-06-11");
    }

    @Test
    void aDateLaterThanTheStoryIsLastYears() {
        assertThat(iso("The talks began on December 20.")).isEqualTo("2024-12-20");
    }

    @Test
    void keepsAMonthOrYearWithoutInventingADay() {
        assertThat(iso("Russian troops retook Sudzha in March.")).isEqualTo("2025-03");
        assertThat(iso("Last June, the two countries signed a treaty.")).isEqualTo("2024-06");
        assertThat(iso("Ukraine launched an incursion in August 2024.")).isEqualTo("2024-08");
        assertThat(iso("Earlier this year, more troops arrived.")).isEqualTo("2025");
        assertThat(iso("In just the month of May, Russia launched 300 drones.")).isEqualTo("2025-05");
        assertThat(iso("Despite Russia's April 2025 claim of full control, fighting went on.")).isEqualTo("2025-04");
    }

    @Test
    void theDayOfAStatementIsNotTheDayOfWhatItTells() {
        assertThat(iso("A commander claimed on May 20 that the helicopter came under attack.")).isEqualTo("2025-05");
        assertThat(iso("Soldiers surrendered, the unit said in a video posted on social media on May 31."))
            .isEqualTo("2025-05");
        assertThat(iso("Kim backed Russia during a meeting with Shoigu, according to state media on 5 June."))
            .isEqualTo("2025-06");
        assertThat(iso("North Korea lost 6,000 troops, according to a June 5 report.")).isEqualTo("2025-06-05");
        assertThat(iso("Fighters said on Sunday they had taken two soldiers captive.")).isEqualTo("2025-06");
        assertThat(iso("The governor said on Sunday that drones struck a market.")).isEqualTo("2025-06-08");
        assertThat(iso("Drones struck the depot on May 31, the governor said.")).isEqualTo("2025-05-31");
        assertThat(iso("Forces struck seven towns over the past day, the administration reported on May 31."))
            .isEqualTo("2025-05-31");
        assertThat(iso("Russia has massed troops at the border, a spokesperson said on May 29.")).isEqualTo("2025-05");
        assertThat(iso("The claims were fabricated, the Moscow Times reported on May 30, citing four sources."))
            .isEqualTo("2025-05");
        assertThat(iso("The U.S. gave Ukraine permission, an official told a news program on May 31."))
            .isEqualTo("2025-05");
    }

    @Test
    void givesNothingWhenTheSentenceHasNoDate() {
        assertThat(iso("Drones struck a fuel depot near the city.")).isNull();
    }

    @Test
    void aClauseADayAfterTheMainOneHappenedTheDayBefore() {
        String sentence = "Zelensky ordered an inspection of shelters on Friday, a day after three people were killed.";
        assertThat(resolver.clauseDate(sentence, sentence.indexOf("killed"), STORY).iso()).isEqualTo("2025-06-05");
        assertThat(resolver.clauseDate(sentence, sentence.indexOf("ordered"), STORY)).isNull();
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
