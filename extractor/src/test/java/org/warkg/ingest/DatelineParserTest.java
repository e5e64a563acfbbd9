package org.warkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class DatelineParserTest {

    private final DatelineParser parser = new DatelineParser();

    @Test
    void readsStampsInTheFormsPagesPrint() {
        assertThat(parser.parseLine("May 22, 2023 2:02 PM")).contains(
            new Dateline(LocalDate.of(2023, 5, 22), LocalTime.of(14, 2)));
        assertThat(parser.parseLine("Jul 04, 2023")).contains(new Dateline(LocalDate.of(2023, 7, 4), null));
        assertThat(parser.parseLine("17 juin 2025 à 08:13")).contains(
            new Dateline(LocalDate.of(2025, 6, 17), LocalTime.of(8, 13)));
        assertThat(parser.parseLine("Sunday 4 June 2023 22:18 , Joe Middleton")).contains(
            new Dateline(LocalDate.of(2023, 6, 4), LocalTime.of(22, 18)));
        assertThat(parser.parseLine("2024-06-04")).contains(new Dateline(LocalDate.of(2024, 6, 4), null));
    }

    @Test
    void readsBylinesEndingInADate() {
        assertThat(parser.parseLine("by Jane Doe and The Example news desk June 4, 2024 3:19 AM 2 min read"))
            .contains(new Dateline(LocalDate.of(2024, 6, 4), LocalTime.of(3, 19)));
    }

    @Test
    void readsTimeOnlyLiveBlogStamps() {
        assertThat(parser.parseLine("04:02 , Arpan Rai")).contains(new Dateline(null, LocalTime.of(4, 2)));
        assertThat(parser.parseLine("11:14 PM")).contains(new Dateline(null, LocalTime.of(23, 14)));
    }

    @Test
    void leavesProseThatMentionsADateAlone() {
        assertThat(parser.parseLine("The group published a video on May 22, 2023 purporting to show their "
            + "activities in the region, as well as in the neighbouring oblast.")).isEmpty();
        assertThat(parser.parseLine("Russia attacks 7 communities in Sumy Oblast.")).isEmpty();
    }
}
