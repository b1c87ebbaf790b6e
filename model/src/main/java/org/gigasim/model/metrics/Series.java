package org.gigasim.model.metrics;

import java.util.Arrays;

/** The samples of one series: times (hours) and values, in time order. */
public final class Series {

    private double[] times = new double[64];
    private double[] values = new double[64];
    private int size;

    /** Appends a sample; {@code timeHours} must not be before the last one. */
    public void add(double timeHours, double value) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        times[size] = timeHours;
        values[size] = value;
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
}
