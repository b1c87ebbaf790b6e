package org.gigasim.model.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Collects the series of one replication, keyed and ordered by {@link SeriesKey}. */
public final class Recorder {

    // Hashed while recording (fast); sorted once when read.
    private final Map<SeriesKey, Series> series = new HashMap<>();

    /** Records a row of {@code key}: {@code value} at {@code timeHours}, with its weight (see {@link Series}). */
    public void record(SeriesKey key, double timeHours, double value, double weight) {
        series.computeIfAbsent(key, k -> new Series()).add(timeHours, value, weight);
    }

    /** The series of {@code key}, made by {@code make} if it has none yet. */
    public Series series(SeriesKey key, java.util.function.Supplier<Series> make) {
        return series.computeIfAbsent(key, k -> make.get());
    }

    /** Whether {@code key} has a series yet. */
    public boolean has(SeriesKey key) {
        return series.containsKey(key);
    }

    /** The series of {@code key}, created empty if it has no sample yet; callers may keep it and add to it. */
    public Series series(SeriesKey key) {
        return series.computeIfAbsent(key, k -> new Series());
    }

    /** Every series recorded, in key order. */
    public SortedMap<SeriesKey, Series> series() {
        return new TreeMap<>(series);
    }
}
