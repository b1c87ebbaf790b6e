package org.gigasim.results;

import org.gigasim.model.metrics.SeriesKey;

/**
 * One headline figure of {@code summary.json}: a series reduced to one value for a calendar
 * year in each replication that recorded it, then summarised over those {@code n} values.
 */
record Figure(SeriesKey key, int year, int n, double mean, double stdev, double ci95Low, double ci95High,
        double p05, double p50, double p95) {
}
