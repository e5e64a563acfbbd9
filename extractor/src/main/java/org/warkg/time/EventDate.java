package org.warkg.time;

import java.time.LocalDate;

/**
 * A date as precise as the text makes it: a day, a month or a year.
 *
 * @param date      the day, or the first day of the month or year
 * @param precision how much of it is known
 */
public record EventDate(LocalDate date, DatePrecision precision) {

    /** ISO form at the date's precision: 2025-06-11, 2025-06 or 2025. */
    public String iso() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> date.toString().substring(0, 4);
        };
    }

    /** A day. */
    public static EventDate day(LocalDate date) {
        return new EventDate(date, DatePrecision.DAY);
    }
}
