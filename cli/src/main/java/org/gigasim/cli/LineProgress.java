package org.gigasim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.gigasim.experiments.Progress;

/** Progress as plain lines, at most one every ten seconds, for output that is not a terminal (a log, CI). */
final class LineProgress implements Progress {

    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private final long intervalNanos;

    private final PrintWriter err;
    private final String task;
    private final String unit;
    private final long started = System.nanoTime();
    private long total;
    private long done;
    private long lastLine = started;

    LineProgress(PrintWriter err, String task, long total, String unit) {
        this(err, task, total, unit, INTERVAL_NANOS);
    }

    /** Progress lines at most one every {@code intervalNanos}. */
    LineProgress(PrintWriter err, String task, long total, String unit, long intervalNanos) {
        this.intervalNanos = intervalNanos;
        this.err = err;
        this.task = task;
        this.total = total;
        this.unit = unit;
    }

    @Override
    public synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (now - lastLine >= intervalNanos && done < total) {
            lastLine = now;
            double seconds = (now - started) / 1e9;
            double rate = done / seconds;
            err.printf(Locale.ROOT, "gigasim: %s: %d of %d %s, %s %s/s, about %s left%n", task, done, total, unit,
                    Rates.perSecond(rate), unit, Rates.duration((total - done) / rate));
            err.flush();
        }
    }

    @Override
    public synchronized void simulated(String where) {
        long now = System.nanoTime();
        if (now - lastLine >= INTERVAL_NANOS) {
            lastLine = now;
            err.printf(Locale.ROOT, "gigasim: %s: %d of %d %s done; %s%n", task, done, total, unit, where);
            err.flush();
        }
    }

    @Override
    public void total(long newTotal) {
        total = newTotal;
    }
}
