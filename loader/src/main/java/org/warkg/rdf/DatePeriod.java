package org.warkg.rdf;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * The days an event date of the record covers: "2024-06-04" one day, "2024-06" the month,
 * "2024" the year.
 *
 * @param first the first day
 * @param last  the last day
 */
record DatePeriod(LocalDate first, LocalDate last) {

    /** The period of an ISO day, month or year; anything else is refused. */
    static DatePeriod of(String iso) {
        return switch (iso.length()) {
            case 4 -> {
                Year year = Year.parse(iso);
                yield new DatePeriod(year.atDay(1), year.atMonth(12).atEndOfMonth());
            }
            case 7 -> {
                YearMonth month = YearMonth.parse(iso);
                yield new DatePeriod(month.atDay(1), month.atEndOfMonth());
            }
            default -> {
                LocalDate day = LocalDate.parse(iso);
                yield new DatePeriod(day, day);
            }
        };
    }
}
