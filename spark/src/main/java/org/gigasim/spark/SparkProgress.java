package org.gigasim.spark;

import java.io.PrintWriter;
import java.util.Locale;
import org.gigasim.experiments.Progress;

/**
 * The progress lines a Spark command prints on standard error: what it does, and every ten
 * seconds how many units (replications, pairs, points) were handed on, as {@code gigasim}
 * prints them in a log.
 */
final class SparkProgress implements Progress {

    private static final long EVERY_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final boolean quiet;
    private final String task;
    private final String unit;
    private final long started = System.nanoTime();
    private long total;
    private long done;
    private long lastLine = started;

    SparkProgress(PrintWriter err, boolean quiet, String task, long total, String unit) {
        this.err = err;
        this.quiet = quiet;
        this.task = task;
        this.total = total;
        this.unit = unit;
    }

    /** Says what happens now. */
    void say(String what) {
        if (!quiet) {
            err.println(task + ": " + what);
            err.flush();
        }
    }

    @Override
    public void step() {
        done++;
        long now = System.nanoTime();
        if (quiet || now - lastLine < EVERY_NANOS || done >= total) {
            return;
        }
        lastLine = now;
        double seconds = (now - started) / 1e9;
        err.printf(Locale.ROOT, "%s: %d of %d %s, %.3g %s/s%n", task, done, total, unit, done / seconds, unit);
        err.flush();
    }

    @Override
    public void total(long newTotal) {
        total = newTotal;
    }
}
