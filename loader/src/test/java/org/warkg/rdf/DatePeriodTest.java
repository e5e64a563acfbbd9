package org.warkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DatePeriodTest {

    @Test
    void aDayIsItsOwnFirstAndLastDay() {
        assertThat(DatePeriod.of("2023-11-19")).isEqualTo(
            new DatePeriod(LocalDate.of(2023, 11, 19), LocalDate.of(2023, 11, 19)));
    }

    @Test
    void aMonthEndsOnItsLastDayLeapYearsIncluded() {
        assertThat(DatePeriod.of("2024-02")).isEqualTo(
            new DatePeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
    }

    @Test
    void aYearRunsFromJanuaryToDecember() {
        assertThat(DatePeriod.of("2022")).isEqualTo(
            new DatePeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
    }
}
