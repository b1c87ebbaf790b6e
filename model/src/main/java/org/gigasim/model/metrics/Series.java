package org.gigasim.model.metrics;

import java.util.Arrays;

/**
 * The rows of one series, in time order: each row's time (hours, the end of the interval it
 * covers), its value as the metric's {@linkplain Metric.Kind kind} defines it, and its
 * weight — the interval's length in hours, or for an event mean the number of events —
 * so that rows combine exactly into longer periods.
 */
public final class Series {

    private double[] times = new double[64];
    private double[] values = new double[64];
    private double[] weights = new double[64];
    private int size;

    /** Appends a row; {@code timeHours} must not be before the last one. */
    public void add(double timeHours, double value, double weight) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
            weights = Arrays.copyOf(weights, size * 2);
        }
        times[size] = timeHours;
        values[size] = value;
        weights[size] = weight;
        size++;
    }

    public int size() {
        return size;
    }

    public double time(int i) {
        return times[i];
    }

    public double value(int i) {
        return values[i];
    }

    /** The row's weight: interval hours, or the number of events for an event mean. */
    public double weight(int i) {
        return weights[i];
    }
}
