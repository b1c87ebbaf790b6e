package org.gigasim.model.metrics;

import java.util.function.DoubleSupplier;

/**
 * A flow read from a running total (revenue recognised so far, chip-hours so far): each
 * {@link #row} appends what accumulated since the previous row.
 */
public final class Counter {

    private final Series series;
    private final DoubleSupplier total;
    private double atLastRow;

    public Counter(Series series, DoubleSupplier total) {
        this.series = series;
        this.total = total;
        this.atLastRow = total.getAsDouble();
    }

    /** Closes the interval [{@code from}, {@code t}): appends the amount that accumulated in it. */
    public void row(double from, double t) {
        double now = total.getAsDouble();
        series.add(t, now - atLastRow, t - from);
        atLastRow = now;
    }
}
