package org.gigasim.scenarios.output;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Half-widths of t-based 95% confidence intervals for a mean over {@code n} replications:
 * {@code t(0.975, n - 1) * stdev / sqrt(n)}, zero when {@code n < 2}. Caches the t quantiles.
 */
final class Confidence {

    private double[] quantiles = new double[0];

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
