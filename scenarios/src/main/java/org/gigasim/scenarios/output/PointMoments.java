package org.gigasim.scenarios.output;

import java.util.Arrays;
import org.gigasim.model.metrics.Series;

/**
 * Running mean and variance (Welford) of one series at each of its sample times, over the
 * replications that recorded it there. Kept as parallel arrays rather than one accumulator
 * object per point, since a run holds thousands of series of thousands of points each.
 * Replications are matched by sample time, so a series that starts later in one replication
 * (one created by a procurement decision) only counts where it has samples.
 */
final class PointMoments {

    private double[] times = new double[0];
    private long[] counts = new long[0];
    private double[] means = new double[0];
    private double[] sumSquares = new double[0];

    void accept(Series series) {
        if (!sameTimes(series)) {
            addTimes(series);
        }
        int j = 0;
        for (int i = 0; i < series.size(); i++) {
            while (times[j] != series.time(i)) {
                j++;
            }
            add(j, series.value(i));
        }
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

    private void add(int j, double value) {
        counts[j]++;
        double delta = value - means[j];
        means[j] += delta / counts[j];
        sumSquares[j] += delta * (value - means[j]);
    }

    private boolean sameTimes(Series series) {
        if (series.size() != times.length) {
            return false;
        }
        for (int i = 0; i < times.length; i++) {
            if (series.time(i) != times[i]) {
                return false;
            }
        }
        return true;
    }

    /** Merges the series' sample times into the known ones, keeping every point's moments. */
    private void addTimes(Series series) {
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
        merged = Arrays.copyOf(merged, size);
        long[] newCounts = new long[size];
        double[] newMeans = new double[size];
        double[] newSumSquares = new double[size];
        int j = 0;
        for (int i = 0; i < times.length; i++) {
            while (merged[j] != times[i]) {
                j++;
            }
            newCounts[j] = counts[i];
            newMeans[j] = means[i];
            newSumSquares[j] = sumSquares[i];
        }
        times = merged;
        counts = newCounts;
        means = newMeans;
        sumSquares = newSumSquares;
    }
}
