package org.gigasim.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Running mean and variance (Welford) of one series at each of its sample times, over the
 * replications that recorded it there, and, while kept, every replication's value there for
 * the percentiles. Kept as parallel arrays rather than one accumulator object per point, since
 * a run holds thousands of series of thousands of points each. Replications are matched by
 * sample time, so a series that starts later in one replication (one created by a procurement
 * decision) only counts where it has samples.
 */
final class PointMoments {

    private double[] times = new double[0];
    /** Replications at each point: an int, as a run has far fewer, and a fifth less memory to stream per point. */
    private int[] counts = new int[0];
    private double[] means = new double[0];
    private double[] sumSquares = new double[0];
    /** One array per replication, aligned with {@link #times}, NaN where it has no sample; null once dropped. */
    private List<double[]> values = new ArrayList<>();
    /** Whether every value added so far was a zero (of either sign): then every mean and sum of squares is +0.0. */
    private boolean onlyZeros = true;

    /**
     * Adds one replication's series, its times checked against the known ones through
     * {@code grids} (which holds the known times of every moments it is given to as one array
     * per distinct grid); returns how many values it kept for the percentiles.
     */
    int accept(SeriesSnapshot series, SampleGrids grids) {
        boolean same = grids.same(series.times(), times);
        if (!same) {
            addTimes(series);
            times = grids.intern(times);
        }
        double[] kept = values == null ? null : new double[times.length];
        if (kept != null) {
            Arrays.fill(kept, Double.NaN);
            values.add(kept);
        }
        double[] v = series.values();
        onlyZeros = onlyZeros && allZero(v);
        if (same) {
            // Row i falls at point i.
            for (int i = 0; i < v.length; i++) {
                if (onlyZeros) {
                    // Adding a zero to a mean and sum of squares of +0.0 leaves them +0.0 (a quarter of a
                    // replication's series are zero throughout): only the count moves.
                    counts[i]++;
                } else {
                    add(i, v[i]);
                }
            }
            if (kept != null) {
                System.arraycopy(v, 0, kept, 0, v.length);
            }
            return kept == null ? 0 : kept.length;
        }
        int j = 0;
        for (int i = 0; i < v.length; i++) {
            while (times[j] != series.time(i)) {
                j++;
            }
            add(j, v[i]);
            if (kept != null) {
                kept[j] = v[i];
            }
        }
        return kept == null ? 0 : kept.length;
    }

    /** Forgets the replications' values: percentiles are no longer available. */
    void dropValues() {
        values = null;
    }

    int size() {
        return times.length;
    }

    double time(int i) {
        return times[i];
    }

    long count(int i) {
        return counts[i];
    }

    double mean(int i) {
        return means[i];
    }

    /** Sample standard deviation (n - 1 denominator), zero for a single replication. */
    double stdev(int i) {
        return counts[i] < 2 ? 0 : Math.sqrt(sumSquares[i] / (counts[i] - 1));
    }

    /** The values the replications that recorded point {@code i} had there, in replication order; null if dropped. */
    double[] values(int i) {
        if (values == null) {
            return null;
        }
        double[] at = new double[counts[i]];
        int n = 0;
        for (double[] replication : values) {
            if (!Double.isNaN(replication[i])) {
                at[n++] = replication[i];
            }
        }
        return Arrays.copyOf(at, n);
    }

    /** Whether every value is +0.0 or -0.0. */
    private static boolean allZero(double[] values) {
        for (double value : values) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }

    private void add(int j, double value) {
        counts[j]++;
        double delta = value - means[j];
        means[j] += delta / counts[j];
        sumSquares[j] += delta * (value - means[j]);
    }

    /** Merges the series' sample times into the known ones, keeping every point's moments and values. */
    private void addTimes(SeriesSnapshot series) {
        double[] merged = new double[times.length + series.size()];
        int size = 0;
        int a = 0;
        int b = 0;
        while (a < times.length || b < series.size()) {
            double next;
            if (b >= series.size() || (a < times.length && times[a] <= series.time(b))) {
                next = times[a++];
            } else {
                next = series.time(b++);
            }
            if (size == 0 || merged[size - 1] != next) {
                merged[size++] = next;
            }
        }
        int total = size;
        merged = Arrays.copyOf(merged, total);
        int[] to = new int[times.length];
        int j = 0;
        for (int i = 0; i < times.length; i++) {
            while (merged[j] != times[i]) {
                j++;
            }
            to[i] = j;
        }
        counts = spread(counts, to, total);
        means = spread(means, to, total, 0);
        sumSquares = spread(sumSquares, to, total, 0);
        if (values != null) {
            values.replaceAll(v -> spread(v, to, total, Double.NaN));
        }
        times = merged;
    }

    private static int[] spread(int[] old, int[] to, int size) {
        int[] out = new int[size];
        for (int i = 0; i < old.length; i++) {
            out[to[i]] = old[i];
        }
        return out;
    }

    private static double[] spread(double[] old, int[] to, int size, double empty) {
        double[] out = new double[size];
        Arrays.fill(out, empty);
        for (int i = 0; i < old.length; i++) {
            out[to[i]] = old[i];
        }
        return out;
    }
}
