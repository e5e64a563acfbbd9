package org.warkg.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows how far a batch has come (files done of total, rate) on a terminal,
 * rewriting one line; off a terminal it prints a line every few seconds instead.
 */
final class Progress {

    private static final long INTERVAL_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final int total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastPrint;
    private int done;

    Progress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
        this.terminal = System.console() != null;
    }

    /** One more file finished. */
    synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (terminal || now - lastPrint > INTERVAL_NANOS || done == total) {
            lastPrint = now;
            double seconds = Math.max(1e-9, (now - start) / 1e9);
            String line = String.format(Locale.ROOT, "%d/%d files, %.1f files/s", done, total, done / seconds);
            if (terminal) {
                out.print("\r" + line + (done == total ? "\n" : ""));
            } else if (done == total || total > 20) {
                out.println(line);
            }
            out.flush();
        }
    }

    /** Seconds since the batch started. */
    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
