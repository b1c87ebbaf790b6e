package org.gigasim.model.world.observation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gigasim.model.metrics.Counter;
import org.gigasim.model.metrics.Level;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Recorder;
import org.gigasim.model.metrics.SampleTable;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;

/**
 * Creates the world's series and the accumulators that feed them, and remembers every
 * accumulator so each sample closes all of them. A series created after some samples were
 * taken is filled back with zero rows for a level or a flow (it was zero before it
 * existed), so that every yearly figure covers the whole year.
 */
final class Probes {

    /** A quantity read at sample times. */
    interface Stock {
        double value();
    }

    private final Recorder recorder = new Recorder();
    /** The rows of the grid series weighted by the grid's intervals, written a sample at a time. */
    private final SampleTable table;
    // Arrays, not lists: a sample walks all of them (hundreds of levels and stocks).
    private Level[] levels = new Level[64];
    private int levelCount;
    private Counter[] counters = new Counter[16];
    private int counterCount;
    /** The table columns of the stocks read by callback, and the callbacks. */
    private int[] stockColumns = new int[8];
    private final List<Stock> stocks = new ArrayList<>();
    /** Stocks kept in rows their owner fills before each sample: the table column, the row, the position in it. */
    private int[] rowColumns = new int[64];
    private double[][] rows = new double[64][];
    private int[] rowAt = new int[64];
    private int rowStockCount;
    private final List<EventMean> eventMeans = new ArrayList<>();
    private final double[] grid;
    private final double[] closed;
    private int closedCount;
    private int taken;
    private double lastSample;

    /** A mean over events read from running totals of a quantity and of the events' count. */
    private record EventMean(Series series, Stock sum, Stock count, double[] last) {
    }

    /** @param sampleTimes every sample time of the run, in order */
    Probes(double[] sampleTimes) {
        this.grid = sampleTimes.clone();
        this.closed = sampleTimes.clone();
        this.table = new SampleTable(grid);
    }

    Recorder recorder() {
        return recorder;
    }

    /** A level with the series of its mean (and of its integral, when {@code integralMetric} is not null). */
    Level level(SeriesKey key, Metric integralMetric, double now) {
        Series mean = backfilled(key);
        Series integral = integralMetric == null ? null : backfilled(key.as(integralMetric));
        return add(new Level(mean, integral, now));
    }

    /** A level recorded only as its integral (such as outage hours). */
    Level integralOnly(SeriesKey key, double now) {
        return add(new Level(null, backfilled(key), now));
    }

    private Level add(Level level) {
        if (levelCount == levels.length) {
            levels = Arrays.copyOf(levels, 2 * levelCount);
        }
        levels[levelCount++] = level;
        return level;
    }

    void counter(SeriesKey key, java.util.function.DoubleSupplier total) {
        if (counterCount == counters.length) {
            counters = Arrays.copyOf(counters, 2 * counterCount);
        }
        counters[counterCount++] = new Counter(backfilled(key), total);
    }

    void stock(SeriesKey key, Stock value) {
        // A stock's first row is at the next sample; before it, it did not exist.
        if (stocks.size() == stockColumns.length) {
            stockColumns = Arrays.copyOf(stockColumns, 2 * stocks.size());
        }
        stockColumns[stocks.size()] = recorder.series(key, () -> table.series(taken)).column();
        stocks.add(value);
    }

    /** A stock whose value at each sample is {@code row[at]}, which its owner keeps up to date before the sample. */
    void stock(SeriesKey key, double[] row, int at) {
        if (rowStockCount == rowColumns.length) {
            int n = 2 * rowStockCount;
            rowColumns = Arrays.copyOf(rowColumns, n);
            rows = Arrays.copyOf(rows, n);
            rowAt = Arrays.copyOf(rowAt, n);
        }
        rowColumns[rowStockCount] = recorder.series(key, () -> table.series(taken)).column();
        rows[rowStockCount] = row;
        rowAt[rowStockCount] = at;
        rowStockCount++;
    }

    void eventMean(SeriesKey key, Stock sum, Stock count) {
        // Weighted by its events, not by the grid's intervals, so it keeps its own rows.
        Series series = recorder.series(key, () -> new Series(grid, firstInterval(), true));
        double from = 0;
        for (int i = 0; i < closedCount; i++) {
            if (closed[i] > from) {
                // Zero rows: no events in the intervals already closed.
                series.add(closed[i], 0, 0);
                from = closed[i];
            }
        }
        eventMeans.add(new EventMean(series, sum, count, new double[] {sum.value(), count.value()}));
    }

    /**
     * A level's or a flow's series: rows from the first interval on, zero for the intervals
     * already closed (cells of the table never written).
     */
    private Series backfilled(SeriesKey key) {
        return recorder.series(key, () -> table.series(firstInterval()));
    }

    /** The grid position of the first interval's end: there is no interval before a sample at time 0. */
    private int firstInterval() {
        return grid.length > 0 && grid[0] == 0 ? 1 : 0;
    }

    /** Hands every series its rows once the world has run (see {@link SampleTable#finish}). */
    void finish() {
        table.finish();
    }

    /**
     * Takes the sample at {@code t}: closes every level, flow and event mean over the
     * interval since the previous sample (none at the first sample, which has no interval),
     * and reads every stock.
     */
    void sample(double t) {
        double[] cells = table.beginRow();
        if (closedCount > 0 || t > 0) {
            double from = lastSample;
            if (t > from) {
                for (int i = 0; i < levelCount; i++) {
                    levels[i].row(from, t, cells);
                }
                for (int i = 0; i < counterCount; i++) {
                    counters[i].row(from, t, cells);
                }
                for (EventMean e : eventMeans) {
                    double sum = e.sum.value();
                    double count = e.count.value();
                    double n = count - e.last[1];
                    e.series.add(t, n > 0 ? (sum - e.last[0]) / n : 0, n);
                    e.last[0] = sum;
                    e.last[1] = count;
                }
            }
        }
        for (int i = 0; i < stocks.size(); i++) {
            cells[stockColumns[i]] = stocks.get(i).value();
        }
        for (int i = 0; i < rowStockCount; i++) {
            cells[rowColumns[i]] = rows[i][rowAt[i]];
        }
        lastSample = t;
        taken++;
        if (t > 0) {
            closed[closedCount++] = t;
        }
    }
}
