package org.gigasim.charts;

import java.util.NavigableSet;
import java.util.TreeMap;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * One series' rows as read, by time in hours: each row's mean and 95% bounds, either read from
 * an aggregated file's {@code mean}, {@code ci95_low} and {@code ci95_high} rows or computed
 * here from every replication's rows (mean and t-based interval).
 */
final class Rows {

    /** One row: the mean and its bounds, or the running sums of the replications' values. */
    static final class Row {
        double mean = Double.NaN;
        double low = Double.NaN;
        double high = Double.NaN;
        private long n;
        private double sum;
        private double sumSquares;

        void add(double v) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
                sumSquares += v * v;
            }
        }

        /** Fills mean and bounds from replication rows, when the file had those instead of aggregates. */
        void settle() {
            if (n > 0) {
                mean = sum / n;
                double halfWidth = 0;
                if (n > 1) {
                    double variance = Math.max(0, (sumSquares - n * mean * mean) / (n - 1));
                    halfWidth = TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(variance / n);
                }
                low = mean - halfWidth;
                high = mean + halfWidth;
            }
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
