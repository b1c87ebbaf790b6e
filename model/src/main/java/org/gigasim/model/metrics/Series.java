package org.gigasim.model.metrics;

import java.util.Arrays;
import java.util.Objects;

/**
 * The rows of one series, in time order: each row's time (hours, the end of the interval it
 * covers), its value as the metric's {@linkplain Metric.Kind kind} defines it, and its
 * weight — the interval's length in hours, or for an event mean the number of events —
 * so that rows combine exactly into longer periods.
 *
 * <p>A world's series all have a row at every sample time from their first on, so they share
 * one array of sample times (a grid) and store only their values, and their own weights only
 * when these are not the grid's intervals: a replication writes hundreds of thousands of rows.
 * A grid series holds no array of values until its first value other than zero (a quarter
 * of a replication's series are zero throughout).
 *
 * <p>A grid series may be kept in a {@link SampleTable} while its world runs: its rows are then
 * written there, one row of the table per sample, and it gets its values when the table
 * {@linkplain SampleTable#finish finishes} (at the latest when it is first read).
 */
public final class Series {

    private final double[] grid;
    final int offset;
    /** The number of rows a grid series may hold. */
    final int capacity;
    private double[] times;
    private double[] values;
    private double[] weights;
    private int size;
    /** The table that holds this series' rows until it finishes, and its column there; null and -1 otherwise. */
    private SampleTable table;
    private final int column;

    /** A series with times and weights of its own. */
    public Series() {
        grid = null;
        offset = 0;
        capacity = 0;
        times = new double[64];
        values = new double[64];
        weights = new double[64];
        column = -1;
    }

    /**
     * A series whose rows fall at {@code grid[offset]}, {@code grid[offset + 1]}, … in turn,
     * weighted by the interval since the previous grid time unless {@code ownWeights}.
     */
    public Series(double[] grid, int offset, boolean ownWeights) {
        this.grid = grid;
        this.offset = offset;
        capacity = Math.max(0, grid.length - offset);
        weights = ownWeights ? new double[capacity] : null;
        column = -1;
    }

    /** A grid series weighted by the grid's intervals whose rows {@code table} holds in {@code column}. */
    Series(double[] grid, int offset, SampleTable table, int column) {
        this.grid = grid;
        this.offset = offset;
        capacity = Math.max(0, grid.length - offset);
        this.table = table;
        this.column = column;
    }

    /** The column of the {@link SampleTable} this series' rows are written to, or -1 if it keeps its own. */
    public int column() {
        return column;
    }

    /** Takes the values {@code finished} (null: all zero) and the row count its table gave it. */
    void finished(double[] finishedValues, int rows) {
        values = finishedValues;
        size = rows;
        table = null;
    }

    /** Finishes the table that holds this series' rows, if any, so the series can be read. */
    private void settle() {
        if (table != null) {
            table.finish();
        }
    }

    /** Appends a row; {@code timeHours} must not be before the last one (on a grid: be the next grid time). */
    public void add(double timeHours, double value, double weight) {
        if (column >= 0) {
            throw new IllegalStateException("a row of a series kept in a sample table is written to the table");
        }
        if (grid != null) {
            if (offset + size >= grid.length || grid[offset + size] != timeHours) {
                throw new IllegalStateException("a row at " + timeHours + " h is off the series' sample times");
            }
        } else if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
            weights = Arrays.copyOf(weights, size * 2);
        }
        if (times != null) {
            times[size] = timeHours;
        }
        if (values != null) {
            values[size] = value;
        } else if (Double.doubleToRawLongBits(value) != 0) {
            // The first value other than +0.0 (a -0.0 too, to keep its sign): the rows before it are zeros.
            values = new double[capacity];
            values[size] = value;
        }
        if (weights != null) {
            weights[size] = weight;
        }
        size++;
    }

    public int size() {
        settle();
        return size;
    }

    /**
     * Whether this series' rows fall at the same times as {@code other}'s, known without reading
     * them: both on one grid, from the same position, with as many rows. False says nothing.
     */
    public boolean sharesTimesWith(Series other) {
        settle();
        other.settle();
        return grid != null && other.grid == grid && other.offset == offset && other.size == size;
    }

    /** Whether, besides {@link #sharesTimesWith}, both weigh their rows by the grid's intervals. */
    public boolean sharesWeightsWith(Series other) {
        return sharesTimesWith(other) && weights == null && other.weights == null;
    }

    public double time(int i) {
        return grid != null ? grid[offset + i] : times[i];
    }

    public double value(int i) {
        settle();
        if (values == null) {
            Objects.checkIndex(i, capacity);
            return 0;
        }
        return values[i];
    }

    /** A copy of the rows' values, in order. */
    public double[] values() {
        settle();
        if (values == null) {
            return new double[size];
        }
        return Arrays.copyOf(values, size);
    }

    /** The row's weight: interval hours, or the number of events for an event mean. */
    public double weight(int i) {
        if (weights != null) {
            return weights[i];
        }
        int at = offset + i;
        return at == 0 ? 0 : grid[at] - grid[at - 1];
    }
}
