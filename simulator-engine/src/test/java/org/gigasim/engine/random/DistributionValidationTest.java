package org.gigasim.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DistributionValidationTest {

    static Stream<Arguments> badParameters() {
        return Stream.of(
                bad("fixed value", "Infinity",
                        () -> new Distribution.Fixed(Double.POSITIVE_INFINITY)),
                bad("exponential mean", "-1.0", () -> new Distribution.Exponential(-1.0)),
                bad("exponential mean", "NaN", () -> new Distribution.Exponential(Double.NaN)),
                bad("uniform min", "3.0", () -> new Distribution.Uniform(3.0, 1.0)),
                bad("uniform max", "NaN", () -> new Distribution.Uniform(0.0, Double.NaN)),
                bad("normal sd", "0.0", () -> new Distribution.Normal(1.0, 0.0)),
                bad("normal mean", "Infinity",
                        () -> new Distribution.Normal(Double.POSITIVE_INFINITY, 1.0)),
                bad("lognormal median", "0.0", () -> new Distribution.LogNormal(0.0, 1.0)),
                bad("lognormal sigma", "-0.5", () -> new Distribution.LogNormal(1.0, -0.5)),
                bad("gamma shape", "0.0", () -> new Distribution.Gamma(0.0, 1.0)),
                bad("gamma scale", "Infinity",
                        () -> new Distribution.Gamma(1.0, Double.POSITIVE_INFINITY)),
                bad("weibull shape", "-2.0", () -> new Distribution.Weibull(-2.0, 1.0)),
                bad("weibull scale", "0.0", () -> new Distribution.Weibull(2.0, 0.0)),
                bad("triangular mode", "5.0", () -> new Distribution.Triangular(0.0, 5.0, 4.0)),
                bad("triangular min", "NaN", () -> new Distribution.Triangular(Double.NaN, 1.0, 2.0)),
                bad("triangular min", "-Infinity",
                        () -> new Distribution.Triangular(Double.NEGATIVE_INFINITY, 1.0, 2.0)),
                bad("triangular mode", "NaN", () -> new Distribution.Triangular(0.0, Double.NaN, 2.0)),
                bad("triangular max", "Infinity",
                        () -> new Distribution.Triangular(0.0, 1.0, Double.POSITIVE_INFINITY)),
                bad("uniform min", "-Infinity", () -> new Distribution.Uniform(Double.NEGATIVE_INFINITY, 1.0)),
                bad("triangular min", "1.0", () -> new Distribution.Triangular(1.0, 1.0, 1.0)),
                bad("empirical values", "empty", () -> new Distribution.Empirical(new double[0])),
                bad("empirical values", "NaN",
                        () -> new Distribution.Empirical(new double[] {1.0, Double.NaN})));
    }

    @ParameterizedTest(name = "{0} rejects {1}")
    @MethodSource("badParameters")
    void badParameterIsRejectedNamingParameterAndValue(String parameter, String value,
            Executable construct) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construct);
        assertTrue(e.getMessage().contains(parameter) && e.getMessage().contains(value),
                e.getMessage());
    }

    @Test
    void boundaryParametersAreAccepted() {
        new Distribution.Triangular(1.0, 1.0, 2.0);
        new Distribution.Triangular(1.0, 2.0, 2.0);
        new Distribution.Fixed(-3.0);
        new Distribution.Normal(-5.0, 0.1);
        new Distribution.Empirical(new double[] {7.0});
    }

    @Test
    void empiricalCopiesItsValuesAndComparesByContent() {
        double[] values = {1.0, 2.0, 3.0};
        Distribution.Empirical empirical = new Distribution.Empirical(values);
        values[0] = 99.0;
        empirical.values()[1] = 99.0;
        assertEquals(new Distribution.Empirical(new double[] {1.0, 2.0, 3.0}), empirical);
        assertEquals(new Distribution.Empirical(new double[] {1.0, 2.0, 3.0}).hashCode(),
                empirical.hashCode());
        assertNotEquals(new Distribution.Empirical(new double[] {1.0, 2.0}), empirical);
        assertNotEquals(new Distribution.Empirical(new double[] {3.0, 2.0, 1.0}).hashCode(), empirical.hashCode());
        assertEquals("Empirical[values=[1.0, 2.0, 3.0]]", empirical.toString());
    }

    @Test
    void empiricalVarianceDividesByTheCountAroundAnOffCentreMean() {
        // Values 1, 2, 6: mean 3, squared deviations 4 + 1 + 9 = 14, variance 14 / 3.
        Distribution.Empirical empirical = new Distribution.Empirical(new double[] {1.0, 2.0, 6.0});
        assertEquals(3.0, empirical.mean(), 1e-15);
        assertEquals(14.0 / 3, empirical.variance(), 1e-12);
    }

    @Test
    void everyKindHasItsName() {
        assertEquals("fixed", new Distribution.Fixed(1.0).kind());
        assertEquals("triangular", new Distribution.Triangular(0, 1, 2).kind());
        assertEquals("empirical", new Distribution.Empirical(new double[] {1}).kind());
    }

    @Test
    void parameterRecordsCompareByValue() {
        assertEquals(new Distribution.Gamma(2.0, 3.0), new Distribution.Gamma(2.0, 3.0));
        assertNotEquals(new Distribution.Gamma(2.0, 3.0), new Distribution.Weibull(2.0, 3.0));
    }

    private static Arguments bad(String parameter, String value, Executable construct) {
        return Arguments.of(parameter, value, construct);
    }

    /** The lower end of each kind's support, by hand, and 20,000 draws of each none of which falls below it. */
    @Test
    void lowestIsTheLowerEndOfTheSupportAndNoDrawFallsBelowIt() {
        java.util.Map<Distribution, Double> lowest = new java.util.LinkedHashMap<>();
        lowest.put(new Distribution.Fixed(-2.5), -2.5);
        lowest.put(new Distribution.Exponential(3), 0.0);
        lowest.put(new Distribution.Uniform(-100, 40), -100.0);
        lowest.put(new Distribution.LogNormal(90, 0.7), 0.0);
        lowest.put(new Distribution.Gamma(2, 1.5), 0.0);
        lowest.put(new Distribution.Weibull(0.8, 12), 0.0);
        lowest.put(new Distribution.Triangular(-5, 60, 150), -5.0);
        lowest.put(new Distribution.Empirical(new double[] {4, -7.25, 3}), -7.25);
        lowest.put(new Distribution.Normal(0, 0.05), Double.NEGATIVE_INFINITY);
        RandomStreams streams = new RandomStreams(11L, 0);
        for (java.util.Map.Entry<Distribution, Double> e : lowest.entrySet()) {
            assertEquals(e.getValue(), e.getKey().lowest(), e.getKey().kind());
            org.apache.commons.rng.sampling.distribution.ContinuousSampler draws =
                    e.getKey().sampler(streams.stream("lowest/" + e.getKey().kind()));
            for (int i = 0; i < 20_000; i++) {
                double x = draws.sample();
                assertTrue(x >= e.getValue(), e.getKey().kind() + " drew " + x);
            }
        }
    }
}
