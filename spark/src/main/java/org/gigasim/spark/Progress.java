package org.gigasim.spark;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The progress lines a Spark command prints on standard error: what it does, and every ten
 * seconds how many replications were written, as {@code gigasim} prints them in a log.
 */
final class Progress {

    private static final long EVERY_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final boolean quiet;
    private final String task;
    private final int total;
    private final long started = System.nanoTime();
    private long lastLine = started;

    Progress(PrintWriter err, boolean quiet, String task, int total) {
        this.err = err;
        this.quiet = quiet;
        this.task = task;
        this.total = total;
    }

    /** Says what happens now. */
    void say(String what) {
        if (!quiet) {
            err.println(task + ": " + what);
            err.flush();
        }
    }

    /** {@code done} replications were written; prints a line if the last was ten seconds ago. */
    void written(int done) {
        long now = System.nanoTime();
        if (quiet || now - lastLine < EVERY_NANOS || done >= total) {
            return;
        }
        lastLine = now;
        double seconds = (now - started) / 1e9;
        err.printf(Locale.ROOT, "%s: %d of %d replications, %.3g replications/s%n", task, done, total, done / seconds);
        err.flush();
    }
}
