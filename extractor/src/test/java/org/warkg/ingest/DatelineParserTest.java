package org.warkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class DatelineParserTest {

    private final DatelineParser parser = new DatelineParser();

    @Test
    void readsStampsInTheFormsPagesPrint() {
        assertThat(parser.parseLine("March 9, 2023 4:47 PM")).contains(
            new Dateline(LocalDate.of(2023, 3, 9), LocalTime.of(16, 47)));
        assertThat(parser.parseLine("Jul 04, 2023")).contains(new Dateline(LocalDate.of(2023, 7, 4), null));
        assertThat(parser.parseLine("23 juin 2024 à 19:41")).contains(
            new Dateline(LocalDate.of(2024, 6, 23), LocalTime.of(19, 41)));
        assertThat(parser.parseLine("Monday 12 June 2023 21:05 , Jane Roe")).contains(
            new Dateline(LocalDate.of(2023, 6, 12), LocalTime.of(21, 5)));
        assertThat(parser.parseLine("2024-06-04")).contains(new Dateline(LocalDate.of(2024, 6, 4), null));
    }

    @Test
    void readsBylinesEndingInADate() {
        assertThat(parser.parseLine("by Jane Doe and The Example news desk July 8, 2024 5:26 AM 4 min read"))
            .contains(new Dateline(LocalDate.of(2024, 7, 8), LocalTime.of(5, 26)));
    }

    @Test
    void readsTimeOnlyLiveBlogStamps() {
        assertThat(parser.parseLine("05:37 , John Doe")).contains(new Dateline(null, LocalTime.of(5, 37)));
        assertThat(parser.parseLine("11:14 PM")).contains(new Dateline(null, LocalTime.of(23, 14)));
    }

    @Test
    void leavesProseThatMentionsADateAlone() {
        assertThat(parser.parseLine("The unit released footage on March 9, 2023 that it said showed its "
            + "raids across the border and in two nearby districts.")).isEmpty();
        assertThat(parser.parseLine("Shelling hits 9 villages in Chernihiv Oblast.")).isEmpty();
    }
}
