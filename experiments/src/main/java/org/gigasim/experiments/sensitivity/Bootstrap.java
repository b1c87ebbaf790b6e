package org.gigasim.experiments.sensitivity;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Bootstrap resampling (Efron and Tibshirani 1993) on a seeded generator: row indices drawn
 * with replacement, and the percentile interval of the resampled estimates, the 2.5th and
 * 97.5th percentiles of their distribution (Commons Statistics' default quantile estimator).
 */
final class Bootstrap {

    private static final Quantile QUANTILE = Quantile.withDefaults();

    private final UniformRandomProvider rng;

    Bootstrap(UniformRandomProvider rng) {
        this.rng = rng;
    }

    /** {@code n} indices of {@code [0, n)} drawn with replacement, into {@code into}. */
    int[] resample(int[] into) {
        for (int i = 0; i < into.length; i++) {
            into[i] = rng.nextInt(into.length);
        }
        return into;
    }

    /** {low, high} of the 95% percentile interval of {@code estimates}; NaN if any is NaN. */
    static double[] interval(double[] estimates) {
        for (double e : estimates) {
            if (Double.isNaN(e)) {
                return new double[] {Double.NaN, Double.NaN};
            }
        }
        return QUANTILE.evaluate(estimates, 0.025, 0.975);
    }
}
