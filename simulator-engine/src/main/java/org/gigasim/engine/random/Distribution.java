package org.gigasim.engine.random;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteUniformSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.apache.commons.statistics.distribution.WeibullDistribution;

/**
 * A validated specification of a real-valued probability distribution, in the units of the
 * quantity it describes (hours, H100e, ...). Its moments and samplers come from Apache Commons
 * Statistics and Commons RNG; {@link #kind()} names the variant for configuration files.
 */
public sealed interface Distribution {

    /** The lower-case name of this kind of distribution, such as {@code "lognormal"}. */
    String kind();

    /** The expected value. */
    double mean();

    /** The variance, in squared units. */
    double variance();

    /** A fast sampler drawing from {@code rng}; it shares the generator's state. */
    ContinuousSampler sampler(UniformRandomProvider rng);

    /**
     * The smallest value a draw can take, the lower end of the support: {@code 0} for the
     * kinds on the positive numbers, negative infinity for a normal.
     */
    double lowest();

    /** Always {@code value}. */
    record Fixed(double value) implements Distribution {
        public Fixed {
            requireFinite("fixed value", value);
        }

        public String kind() { return "fixed"; }
        public double lowest() { return value; }
        public double mean() { return value; }
        public double variance() { return 0.0; }
        public ContinuousSampler sampler(UniformRandomProvider rng) { return () -> value; }
    }

    /** Exponential with the given mean (the reciprocal of the rate). */
    record Exponential(double mean) implements Distribution {
        public Exponential {
            requirePositive("exponential mean", mean);
        }

        public String kind() { return "exponential"; }
        public double lowest() { return 0; }
        public double variance() { return ExponentialDistribution.of(mean).getVariance(); }

        public ContinuousSampler sampler(UniformRandomProvider rng) {
            return ZigguratSampler.Exponential.of(rng, mean);
        }
    }

    /** Continuous uniform on {@code [min, max]}, with {@code min < max}. */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            requireFinite("uniform min", min);
            requireFinite("uniform max", max);
            requireLess("uniform min", min, "max", max);
        }

        public String kind() { return "uniform"; }
        public double lowest() { return min; }
        public double mean() { return model().getMean(); }
        public double variance() { return model().getVariance(); }

        public ContinuousSampler sampler(UniformRandomProvider rng) {
            return samplerOf(model(), rng);
        }

        private ContinuousDistribution model() {
            return UniformContinuousDistribution.of(min, max);
        }
    }

    /** Normal (Gaussian) with mean {@code mean} and standard deviation {@code sd}. */
    record Normal(double mean, double sd) implements Distribution {
        public Normal {
            requireFinite("normal mean", mean);
            requirePositive("normal sd", sd);
        }

        public String kind() { return "normal"; }
        public double lowest() { return Double.NEGATIVE_INFINITY; }
        public double variance() { return model().getVariance(); }

        public ContinuousSampler sampler(UniformRandomProvider rng) {
            return samplerOf(model(), rng);
        }

        private ContinuousDistribution model() { return NormalDistribution.of(mean, sd); }
    }

    /**
     * Log-normal whose logarithm is normal with mean {@code ln(median)} and standard
     * deviation {@code sigma}.
     */
    record LogNormal(double median, double sigma) implements Distribution {
        public LogNormal {
            requirePositive("lognormal median", median);
            requirePositive("lognormal sigma", sigma);
        }

        public String kind() { return "lognormal"; }
        public double lowest() { return 0; }
        public double mean() { return model().getMean(); }
        public double variance() { return model().getVariance(); }

        public ContinuousSampler sampler(UniformRandomProvider rng) {
            return samplerOf(model(), rng);
        }

        private ContinuousDistribution model() {
            return LogNormalDistribution.of(Math.log(median), sigma);
        }
    }

    /** Gamma with shape {@code k} and scale {@code theta}: mean {@code k theta}. */
    record Gamma(double shape, double scale) implements Distribution {
        public Gamma {
            requirePositive("gamma shape", shape);
            requirePositive("gamma scale", scale);
        }

        public String kind() { return "gamma"; }
        public double lowest() { return 0; }
        public double mean() { return model().getMean(); }
        public double variance() { return model().getVariance(); }

        public ContinuousSampler sampler(UniformRandomProvider rng) {
            return samplerOf(model(), rng);
        }

        private ContinuousDistribution model() { return GammaDistribution.of(shape, scale); }
    }

    /** Weibull with shape {@code k} and scale {@code lambda}. */
    record Weibull(double shape, double scale) implements Distribution {
        public Weibull {
            requirePositive("weibull shape", shape);
            requirePositive("weibull scale", scale);
        }

        public String kind() { return "weibull"; }
        public double lowest() { return 0; }
        public double mean() { return model().getMean(); }
        public double variance() { return model().getVariance(); }

        public ContinuousSampler sampler(UniformRandomProvider rng) {
            return samplerOf(model(), rng);
        }

        private ContinuousDistribution model() { return WeibullDistribution.of(shape, scale); }
    }

    /** Triangular on {@code [min, max]} peaking at {@code mode}, with {@code min < max}. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            requireFinite("triangular min", min);
            requireFinite("triangular mode", mode);
            requireFinite("triangular max", max);
            requireLess("triangular min", min, "max", max);
            if (mode < min || mode > max) {
                throw new IllegalArgumentException("triangular mode must lie between min " + min
                        + " and max " + max + ", but was " + mode);
            }
        }

        public String kind() { return "triangular"; }
        public double lowest() { return min; }
        public double mean() { return model().getMean(); }
        public double variance() { return model().getVariance(); }

        public ContinuousSampler sampler(UniformRandomProvider rng) {
            return samplerOf(model(), rng);
        }

        private ContinuousDistribution model() {
            return TriangularDistribution.of(min, mode, max);
        }
    }

    /**
     * The listed observations, each drawn with equal probability; mean and variance are
     * those of that discrete distribution (the variance divides by the count, not count − 1).
     */
    record Empirical(double[] values) implements Distribution {
        public Empirical {
            Objects.requireNonNull(values, "empirical values");
            if (values.length == 0) {
                throw new IllegalArgumentException("empirical values must not be empty");
            }
            values = values.clone();
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    throw new IllegalArgumentException("empirical values must be finite numbers, "
                            + "but value " + i + " was " + values[i]);
                }
            }
        }

        /** A copy of the observations. */
        @Override
        public double[] values() { return values.clone(); }

        public String kind() { return "empirical"; }

        public double lowest() {
            double lowest = values[0];
            for (double v : values) {
                lowest = Math.min(lowest, v);
            }
            return lowest;
        }

        public double mean() {
            double sum = 0.0;
            for (double v : values) {
                sum += v;
            }
            return sum / values.length;
        }

        public double variance() {
            double mean = mean();
            double sumSquares = 0.0;
            for (double v : values) {
                sumSquares += (v - mean) * (v - mean);
            }
            return sumSquares / values.length;
        }

        public ContinuousSampler sampler(UniformRandomProvider rng) {
            double[] data = values;
            SharedStateDiscreteSampler index = DiscreteUniformSampler.of(rng, 0, data.length - 1);
            return () -> data[index.sample()];
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Empirical e && Arrays.equals(values, e.values);
        }

        @Override
        public int hashCode() { return Arrays.hashCode(values); }

        @Override
        public String toString() { return "Empirical[values=" + Arrays.toString(values) + "]"; }
    }

    private static ContinuousSampler samplerOf(ContinuousDistribution model,
            UniformRandomProvider rng) {
        return model.createSampler(rng)::sample;
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, but was " + value);
        }
    }

    private static void requirePositive(String name, double value) {
        if (!(Double.isFinite(value) && value > 0.0)) {
            throw new IllegalArgumentException(
                    name + " must be a positive finite number, but was " + value);
        }
    }

    private static void requireLess(String lowName, double low, String highName, double high) {
        if (!(low < high)) {
            throw new IllegalArgumentException(lowName + " must be less than " + highName
                    + ", but " + lowName + " was " + low + " and " + highName + " was " + high);
        }
    }
}
