package org.gigasim.charts;

import java.util.NavigableSet;
import java.util.TreeMap;

/**
 * One series' rows as read from {@code timeseries.csv}, by time in hours: each row's mean over
 * replications and the bounds of its 95% confidence interval.
 */
final class Rows {

    /** One row: the mean and its bounds. */
    static final class Row {
        double mean = Double.NaN;
        double low = Double.NaN;
        double high = Double.NaN;

        /** A missing bound (one replication, or an empty cell) becomes the mean. */
        void settle() {
            if (Double.isNaN(low)) {
                low = mean;
            }
            if (Double.isNaN(high)) {
                high = mean;
            }
        }
    }

    final TreeMap<Double, Row> byTime = new TreeMap<>();

    /** The row at {@code timeH}, created empty. */
    Row at(double timeH) {
        return byTime.computeIfAbsent(timeH, t -> new Row());
    }

    /** Settles every row and drops those without a mean. */
    void settle() {
        byTime.values().forEach(Row::settle);
        byTime.values().removeIf(r -> Double.isNaN(r.mean));
    }

    /** The start of the interval a row at {@code timeH} closes: the sample time before it (the run's start for the first). */
    static double intervalStart(NavigableSet<Double> sampleTimes, double timeH) {
        Double before = sampleTimes.lower(timeH);
        return before == null ? Math.min(0, timeH) : before;
    }
}
