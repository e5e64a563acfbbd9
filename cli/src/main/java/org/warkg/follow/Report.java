package org.warkg.follow;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** One line per article read, saying what became of it, and the counts of each outcome. */
public final class Report {

    /** What became of an article. */
    public enum Status { NEW, UPDATED, UNCHANGED, SKIPPED, FAILED }

    private final PrintStream out;
    private final Map<Status, Integer> counts = new EnumMap<>(Status.class);

    public Report(PrintStream out) {
        this.out = out;
    }

    /** Prints the line and counts it; {@code detail} is the reason of a failure or skip, or a note. */
    synchronized Status line(Status status, String what, String detail) {
        counts.merge(status, 1, Integer::sum);
        out.println(status.name().toLowerCase(Locale.ROOT) + " " + what + (detail == null ? "" : ": " + detail));
        out.flush();
        return status;
    }

    /** How many articles had that outcome so far. */
    public synchronized int count(Status status) {
        return counts.getOrDefault(status, 0);
    }

    /** The counts so far, as one line. */
    public synchronized String summary() {
        StringBuilder line = new StringBuilder();
        for (Status status : Status.values()) {
            line.append(line.length() == 0 ? "" : ", ").append(count(status)).append(' ')
                .append(status.name().toLowerCase(Locale.ROOT));
        }
        return line.toString();
    }
}
