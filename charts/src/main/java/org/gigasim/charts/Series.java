package org.gigasim.charts;

/**
 * One time series read from {@code timeseries.csv}: sample times (milliseconds since the
 * epoch, UTC) with the mean and its 95% confidence bounds (all equal with one replication).
 */
record Series(Key key, String unit, double[] timeMs, double[] mean, double[] low, double[] high) {

    /** A series' metric and dimensions; empty strings where a dimension does not apply. */
    record Key(String metric, String lab, String cloud, String accelerator, String trafficClass) {
    }

    int size() {
        return timeMs.length;
    }

    /** The last sample's mean, NaN for an empty series. */
    double lastMean() {
        return mean.length == 0 ? Double.NaN : mean[mean.length - 1];
    }
}
