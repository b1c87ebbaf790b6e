package org.gigasim.engine.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every distribution's moments against closed-form theory, then its sampler against
 * those moments. Bounds are z standard errors with z = 4.5: a two-sided normal tail of about
 * 7 in a million per check, so a failure means a real error, not bad luck. Seeds are fixed,
 * so every run draws the same numbers.
 */
class DistributionMomentsTest {

    private static final double Z = 4.5;
    private static final int N = 200_000;
    private static final double[] OBSERVATIONS = {1, 2, 2, 7, 10};

    /** A distribution with its mean, variance and fourth central moment from theory. */
    record Case(Distribution distribution, double mean, double variance, double mu4) {
        @Override
        public String toString() {
            return distribution.toString();
        }
    }

    static Stream<Case> cases() {
        double theta = 2.5;
        double uniformWidth = 4.0;
        double logSigma = 0.5;
        double logVariance = (Math.exp(logSigma * logSigma) - 1)
                * Math.exp(2 * Math.log(5.0) + logSigma * logSigma);
        double gammaVariance = 2.5 * 3.0 * 3.0;
        double triangularVariance = (1.0 + 4.0 + 36.0 - 2.0 - 6.0 - 12.0) / 18.0;
        return Stream.of(
                new Case(new Distribution.Exponential(theta), theta, theta * theta,
                        9 * Math.pow(theta, 4)),
                new Case(new Distribution.Uniform(-1.0, 3.0), 1.0,
                        uniformWidth * uniformWidth / 12, Math.pow(uniformWidth, 4) / 80),
                new Case(new Distribution.Normal(10.0, 2.0), 10.0, 4.0, 3 * 16.0),
                new Case(new Distribution.LogNormal(5.0, logSigma),
                        5.0 * Math.exp(logSigma * logSigma / 2), logVariance,
                        logNormalKurtosis(logSigma) * logVariance * logVariance),
                // Gamma's excess kurtosis is 6 / shape.
                new Case(new Distribution.Gamma(2.5, 3.0), 7.5, gammaVariance,
                        (3 + 6 / 2.5) * gammaVariance * gammaVariance),
                weibullShapeTwo(3.0),
                // Every triangular distribution has kurtosis 12/5.
                new Case(new Distribution.Triangular(1.0, 2.0, 6.0), 3.0, triangularVariance,
                        2.4 * triangularVariance * triangularVariance),
                new Case(new Distribution.Empirical(OBSERVATIONS), 4.4, 12.24,
                        centralMoment(OBSERVATIONS, 4.4, 4)));
    }

    @Test
    void everyKindOfDistributionHasACase() {
        Set<Class<?>> covered = cases().map(c -> c.distribution().getClass())
                .collect(Collectors.toSet());
        covered.add(Distribution.Fixed.class);
        assertEquals(Set.of(Distribution.class.getPermittedSubclasses()), covered);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void momentsMatchClosedForms(Case c) {
        assertEquals(c.mean(), c.distribution().mean(), 1e-12 * Math.abs(c.mean()));
        assertEquals(c.variance(), c.distribution().variance(), 1e-12 * c.variance());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sampleMeanIsWithinItsConfidenceBound(Case c) {
        double[] xs = draw(c.distribution(), "mean/" + c.distribution().kind());
        double sampleMean = mean(xs);
        // The sample mean has standard error sqrt(variance / n) (central limit theorem).
        double bound = Z * Math.sqrt(c.variance() / N);
        assertEquals(c.mean(), sampleMean, bound);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sampleVarianceIsWithinItsConfidenceBound(Case c) {
        double[] xs = draw(c.distribution(), "variance/" + c.distribution().kind());
        double sampleVariance = centralMoment(xs, mean(xs), 2) * N / (N - 1);
        // The sample variance is asymptotically normal with standard error
        // sqrt((mu4 - variance^2) / n); for the normal this is variance * sqrt(2 / n),
        // the chi-square result.
        double bound = Z * Math.sqrt((c.mu4() - c.variance() * c.variance()) / N);
        assertEquals(c.variance(), sampleVariance, bound);
    }

    @Test
    void fixedAlwaysReturnsItsValue() {
        Distribution fixed = new Distribution.Fixed(4.2);
        double[] xs = draw(fixed, "fixed");
        assertTrue(Arrays.stream(xs).allMatch(x -> x == 4.2));
        assertEquals(4.2, fixed.mean());
        assertEquals(0.0, fixed.variance());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sameStreamGivesTheSameSamples(Case c) {
        RandomStreams streams = new RandomStreams(5L, 2);
        ContinuousSampler a = c.distribution().sampler(streams.stream("repeat"));
        ContinuousSampler b = c.distribution().sampler(streams.stream("repeat"));
        assertArrayEquals(a.samples(100).toArray(), b.samples(100).toArray());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void kindIsTheLowerCaseRecordName(Case c) {
        Distribution d = c.distribution();
        assertEquals(d.getClass().getSimpleName().toLowerCase(Locale.ROOT), d.kind());
    }

    /** Weibull with shape 2, whose raw moments lambda^k Gamma(1 + k/2) have closed forms. */
    private static Case weibullShapeTwo(double lambda) {
        double rootPi = Math.sqrt(Math.PI);
        double m1 = lambda * rootPi / 2;
        double m2 = lambda * lambda;
        double m3 = Math.pow(lambda, 3) * 3 * rootPi / 4;
        double m4 = 2 * Math.pow(lambda, 4);
        double mu4 = m4 - 4 * m1 * m3 + 6 * m1 * m1 * m2 - 3 * Math.pow(m1, 4);
        return new Case(new Distribution.Weibull(2.0, lambda), m1, m2 - m1 * m1, mu4);
    }

    private static double logNormalKurtosis(double sigma) {
        double s2 = sigma * sigma;
        return Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3;
    }

    private static double[] draw(Distribution distribution, String streamName) {
        ContinuousSampler sampler =
                distribution.sampler(new RandomStreams(20260101L, 0).stream(streamName));
        return sampler.samples(N).toArray();
    }

    private static double mean(double[] xs) {
        return Arrays.stream(xs).sum() / xs.length;
    }

    private static double centralMoment(double[] xs, double mean, int order) {
        return Arrays.stream(xs).map(x -> Math.pow(x - mean, order)).sum() / xs.length;
    }
}
