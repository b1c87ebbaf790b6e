package org.gigasim.results;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.gigasim.model.metrics.Recorder;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;

/**
 * One series of one replication as plain arrays: its key, and per row the sample time
 * (hours since the scenario start), the value and the weight (interval hours, or events for
 * an event mean). Equal arrays may be shared between snapshots; nobody writes into them.
 */
public record SeriesSnapshot(SeriesKey key, double[] times, double[] values, double[] weights)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Requires the three arrays to have one entry per row. */
    public SeriesSnapshot {
        if (times.length != values.length || times.length != weights.length) {
            throw new IllegalArgumentException(key + ": " + times.length + " times, " + values.length + " values, "
                    + weights.length + " weights");
        }
    }

    /** Copies {@code series}. */
    public static SeriesSnapshot of(SeriesKey key, Series series) {
        return of(key, series, null);
    }

    /**
     * Every series {@code recorder} holds, in key order. Most series are sampled at the same
     * times with the same weights: a series whose times (or weights) equal the previous one's,
     * bit for bit, shares its array, so a replication's snapshot holds each grid once.
     */
    public static List<SeriesSnapshot> of(Recorder recorder) {
        List<SeriesSnapshot> all = new ArrayList<>(recorder.series().size());
        SeriesSnapshot previous = null;
        Series previousSeries = null;
        for (Map.Entry<SeriesKey, Series> entry : recorder.series().entrySet()) {
            Series series = entry.getValue();
            if (previousSeries != null && series.sharesWeightsWith(previousSeries)) {
                // On the previous series' grid rows: its times and weights, without comparing them.
                previous = new SeriesSnapshot(entry.getKey(), previous.times, series.values(), previous.weights);
            } else if (previousSeries != null && series.sharesTimesWith(previousSeries)) {
                previous = new SeriesSnapshot(entry.getKey(), previous.times, series.values(),
                        sameOrCopy(previous.weights, series.size(), series::weight));
            } else {
                previous = of(entry.getKey(), series, previous);
            }
            previousSeries = series;
            all.add(previous);
        }
        return all;
    }

    /** Copies {@code series}, sharing {@code previous}'s times and weights (if any) where they are the same. */
    private static SeriesSnapshot of(SeriesKey key, Series series, SeriesSnapshot previous) {
        int n = series.size();
        return new SeriesSnapshot(key, sameOrCopy(previous == null ? null : previous.times, n, series::time),
                series.values(),
                sameOrCopy(previous == null ? null : previous.weights, n, series::weight));
    }

    /** {@code previous} if its {@code n} values are {@code at}'s, bit for bit; otherwise a copy of {@code at}'s. */
    private static double[] sameOrCopy(double[] previous, int n, IntToDoubleFunction at) {
        if (previous != null && previous.length == n) {
            int i = 0;
            while (i < n && Double.doubleToRawLongBits(previous[i]) == Double.doubleToRawLongBits(at.applyAsDouble(i))) {
                i++;
            }
            if (i == n) {
                return previous;
            }
        }
        double[] copy = new double[n];
        for (int i = 0; i < n; i++) {
            copy[i] = at.applyAsDouble(i);
        }
        return copy;
    }

    public int size() {
        return times.length;
    }

    public double time(int i) {
        return times[i];
    }

    public double value(int i) {
        return values[i];
    }

    public double weight(int i) {
        return weights[i];
    }
}
