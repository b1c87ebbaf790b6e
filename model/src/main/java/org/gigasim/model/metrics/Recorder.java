package org.gigasim.model.metrics;

import java.util.Map;
import java.util.TreeMap;

/** Collects the series of one replication, keyed and ordered by {@link SeriesKey}. */
public final class Recorder {

    private final Map<SeriesKey, Series> series = new TreeMap<>();

    /** Records {@code value} for {@code key} at {@code timeHours}. */
    public void record(SeriesKey key, double timeHours, double value) {
        series.computeIfAbsent(key, k -> new Series()).add(timeHours, value);
    }

    /** Every series recorded, in key order. */
    public Map<SeriesKey, Series> series() {
        return series;
    }
}
