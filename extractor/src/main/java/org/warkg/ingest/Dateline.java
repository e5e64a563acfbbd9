package org.warkg.ingest;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A date and/or time stamp found on a line of its own, as pages print them above
 * stories and live-blog entries.
 *
 * @param date the date, or null for a time-only stamp ("08:16 , Jane Roe")
 * @param time the time of day, or null
 */
public record Dateline(LocalDate date, LocalTime time) {
}
