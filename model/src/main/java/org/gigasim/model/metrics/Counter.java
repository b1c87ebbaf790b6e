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
    /** The column of the {@link SampleTable} the rows go to (-1: the series keeps its own). */
    private final int column;

    public Counter(Series series, DoubleSupplier total) {
        this.series = series;
        this.total = total;
        this.atLastRow = total.getAsDouble();
        this.column = series.column();
    }

    /** Closes the interval [{@code from}, {@code t}): appends the amount that accumulated in it. */
    public void row(double from, double t) {
        row(from, t, null);
    }

    /** {@link #row(double, double)}, writing the row of a series kept in a {@link SampleTable} to {@code cells}. */
    public void row(double from, double t, double[] cells) {
        double now = total.getAsDouble();
        if (column >= 0) {
            cells[column] = now - atLastRow;
        } else {
            series.add(t, now - atLastRow, t - from);
        }
        atLastRow = now;
    }
}
