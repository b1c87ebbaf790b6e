package org.gigasim.results;

import java.util.Arrays;
import org.gigasim.model.metrics.Metric;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Half-widths of t-based 95% confidence intervals for a mean over {@code n} replications:
 * {@code t(0.975, n - 1) * stdev / sqrt(n)}, zero when {@code n < 2}. Caches the t quantiles.
 *
 * <p>Bounds are clipped to the values the metric can take ({@link Metric#lowerBound()},
 * {@link Metric#upperBound()}): the mean of values within them lies within them, so cutting
 * off the impossible part of an interval never removes the true mean, and the clipped
 * interval covers it exactly as often as the t interval does, while no longer claiming, say,
 * a negative number of stranded chips.
 */
final class Confidence {

    private double[] quantiles = new double[0];

    /** The interval's lower bound, no lower than the metric's smallest value. */
    static double low(Metric metric, double mean, double halfWidth) {
        return Math.min(mean, Math.max(metric.lowerBound(), mean - halfWidth));   // never past the mean itself
    }

    /** The interval's upper bound, no higher than the metric's largest value. */
    static double high(Metric metric, double mean, double halfWidth) {
        return Math.max(mean, Math.min(metric.upperBound(), mean + halfWidth));
    }

    double halfWidth(long n, double stdev) {
        if (n < 2) {
            return 0;
        }
        return quantile((int) n) * stdev / Math.sqrt(n);
    }

    private double quantile(int n) {
        if (n >= quantiles.length) {
            int old = quantiles.length;
            quantiles = Arrays.copyOf(quantiles, Math.max(n + 1, old * 2));
            Arrays.fill(quantiles, old, quantiles.length, Double.NaN);
        }
        if (Double.isNaN(quantiles[n])) {
            quantiles[n] = TDistribution.of(n - 1).inverseCumulativeProbability(0.975);
        }
        return quantiles[n];
    }
}
