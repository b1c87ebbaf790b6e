package org.gigasim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.gigasim.scenarios.experiment.Progress;

/** Progress as plain lines, at most one every ten seconds, for output that is not a terminal (a log, CI). */
final class LineProgress implements Progress {

    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final String task;
    private final String unit;
    private final long started = System.nanoTime();
    private long total;
    private long done;
    private long lastLine = started;

    LineProgress(PrintWriter err, String task, long total, String unit) {
        this.err = err;
        this.task = task;
        this.total = total;
        this.unit = unit;
    }

    @Override
    public synchronized void step() {
        done++;
        long now = System.nanoTime();
        if (now - lastLine >= INTERVAL_NANOS && done < total) {
            lastLine = now;
            double seconds = (now - started) / 1e9;
            double rate = done / seconds;
            err.printf(Locale.ROOT, "gigasim: %s: %d of %d %s, %.2f/s, about %.0f s left%n", task, done, total, unit,
                    rate, (total - done) / rate);
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
