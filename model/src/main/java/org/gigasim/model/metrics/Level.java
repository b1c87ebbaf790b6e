package org.gigasim.model.metrics;

/**
 * A quantity that holds constant between events, with its exact time integral. Each
 * {@link #row} closes a sample interval: its time-weighted mean (weighted by the
 * interval's hours) goes to one series and, optionally, the integral over the interval
 * (for example H100e-hours) to another.
 */
public final class Level {

    private final Series mean;
    private final Series integral;
    /** The columns of the {@link SampleTable} the mean's and the integral's rows go to (-1: their own). */
    private final int meanColumn;
    private final int integralColumn;
    private double value;
    private double since;
    private double accumulated;
    private double atLastRow;

    /** @param mean rows of the mean (or null); @param integral rows of the integral (or null) */
    public Level(Series mean, Series integral, double now) {
        this.mean = mean;
        this.integral = integral;
        this.since = now;
        this.atLastRow = 0;
        this.meanColumn = mean == null ? -1 : mean.column();
        this.integralColumn = integral == null ? -1 : integral.column();
    }

    /** Sets the value from {@code t} on; the integral up to {@code t} keeps the old one. */
    public void set(double t, double newValue) {
        if (newValue != value) {
            accumulated += value * (t - since);
            since = t;
            value = newValue;
        }
    }

    public double value() {
        return value;
    }

    /** The integral from creation to {@code t}. */
    public double integralTo(double t) {
        return accumulated + value * (t - since);
    }

    /** Closes the interval [{@code from}, {@code t}): appends its mean and integral rows. */
    public void row(double from, double t) {
        row(from, t, null);
    }

    /**
     * {@link #row(double, double)}, writing the rows of series kept in a {@link SampleTable} to
     * {@code cells}, the table's row of the sample at {@code t}.
     */
    public void row(double from, double t, double[] cells) {
        double total = integralTo(t);
        double over = total - atLastRow;
        atLastRow = total;
        double hours = t - from;
        if (meanColumn >= 0) {
            cells[meanColumn] = over / hours;
        } else if (mean != null) {
            mean.add(t, over / hours, hours);
        }
        if (integralColumn >= 0) {
            cells[integralColumn] = over;
        } else if (integral != null) {
            integral.add(t, over, hours);
        }
    }
}
