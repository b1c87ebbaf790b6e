package org.gigasim.charts;

import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;

/**
 * One time series read from {@code timeseries.csv}: per row, the interval it covers (start and
 * end, milliseconds since the epoch, UTC) with the mean and its 95% confidence bounds (all
 * equal with one replication). A stock's row is a reading at its end (start equals end); a
 * level's covers the interval since the previous sample; a flow's is one calendar quarter.
 */
record Series(SeriesKey key, double[] startMs, double[] timeMs, double[] mean, double[] low, double[] high) {

    int size() {
        return timeMs.length;
    }

    /** The metric's unit, from the catalog. */
    String unit() {
        return key.metric().unit();
    }

    /** Whether rows describe intervals (drawn as steps) rather than readings at an instant. */
    boolean stepped() {
        return key.metric().kind() != Metric.Kind.STOCK;
    }

    /** The last row's mean, NaN for an empty series. */
    double lastMean() {
        return mean.length == 0 ? Double.NaN : mean[mean.length - 1];
    }

    /** The mean of the rows' means, NaN for an empty series. */
    double average() {
        double sum = 0;
        for (double m : mean) {
            sum += m;
        }
        return mean.length == 0 ? Double.NaN : sum / mean.length;
    }
}
