package org.gigasim.experiments.sensitivity;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.apache.commons.statistics.distribution.WeibullDistribution;
import org.gigasim.engine.random.Distribution;

/**
 * The quantile function (inverse cumulative distribution) of each kind of scenario
 * {@link Distribution}, from Commons Statistics, which the samplers of the distributions
 * themselves do not expose. An empirical distribution's {@code u}-quantile is its smallest
 * observation whose empirical CDF reaches {@code u}.
 */
final class Quantiles {

    private Quantiles() {
    }

    static double of(Distribution distribution, double probability) {
        if (distribution instanceof Distribution.Fixed f) {
            return f.value();
        }
        if (distribution instanceof Distribution.Empirical e) {
            double[] sorted = e.values();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(probability * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
        return continuous(distribution).inverseCumulativeProbability(probability);
    }

    private static ContinuousDistribution continuous(Distribution distribution) {
        if (distribution instanceof Distribution.Exponential d) {
            return ExponentialDistribution.of(d.mean());
        } else if (distribution instanceof Distribution.Uniform d) {
            return UniformContinuousDistribution.of(d.min(), d.max());
        } else if (distribution instanceof Distribution.Normal d) {
            return NormalDistribution.of(d.mean(), d.sd());
        } else if (distribution instanceof Distribution.LogNormal d) {
            return LogNormalDistribution.of(Math.log(d.median()), d.sigma());
        } else if (distribution instanceof Distribution.Gamma d) {
            return GammaDistribution.of(d.shape(), d.scale());
        } else if (distribution instanceof Distribution.Weibull d) {
            return WeibullDistribution.of(d.shape(), d.scale());
        } else if (distribution instanceof Distribution.Triangular d) {
            return TriangularDistribution.of(d.min(), d.mode(), d.max());
        }
        throw new IllegalArgumentException("no quantile function for a " + distribution.kind() + " distribution");
    }
}
