package org.gigasim.experiments.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sobol' indices of the Ishigami function f = sin x1 + a sin² x2 + b x3⁴ sin x1 with x_i
 * uniform on [−π, π], a = 7, b = 0.1, whose variance decomposition is known in closed form
 * (Ishigami and Homma 1990; Saltelli et al. 2008, §4.10):
 * V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V3 = 0, V13 = b²π⁸(1/18 − 1/50), and V = V1 + V2 + V13.
 */
class SobolIshigamiTest {

    private static final double A = 7.0;
    private static final double B = 0.1;
    private static final double V1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2);
    private static final double V2 = A * A / 8;
    private static final double V13 = B * B * Math.pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
    private static final double V = V1 + V2 + V13;
    private static final Response Y = Response.of("y");
    private static final List<String> X = List.of("x1", "x2", "x3");

    static final Evaluator ISHIGAMI = x -> new double[] {
        Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2) + B * Math.pow(x[2], 4) * Math.sin(x[0])};

    static List<Factor> factors() {
        return X.stream().map(name -> Factor.range(name, -Math.PI, Math.PI)).toList();
    }

    static SensitivityResult analyze(int baseSamples, long seed) {
        return SensitivityAnalysis.analyze(SaltelliDesign.create(factors(), baseSamples), List.of(Y), ISHIGAMI, seed);
    }

    @Test
    void closedFormIndicesMatchThePublishedValues() {
        // Guards the formulas above against the figures every reference quotes.
        assertEquals(0.314, V1 / V, 5e-4);
        assertEquals(0.442, V2 / V, 5e-4);
        assertEquals(0.558, (V1 + V13) / V, 5e-4);
        assertEquals(0.244, V13 / V, 5e-4);
    }

    @Test
    void bootstrapIntervalsContainTheTrueIndices() {
        SensitivityResult result = analyze(4096, 42L);
        double[] s1 = {V1 / V, V2 / V, 0.0};
        double[] st = {(V1 + V13) / V, V2 / V, V13 / V};
        for (int i = 0; i < 3; i++) {
            assertContains(result.get(X.get(i), Y, Index.S1), s1[i]);
            assertContains(result.get(X.get(i), Y, Index.ST), st[i]);
        }
    }

    @Test
    void intervalsNarrowAsTheSquareRootOfTheSamples() {
        // Bootstrap standard errors fall as 1/√N, so quadrupling N about halves every interval;
        // the bound 0.7 leaves room for the estimate of a width being itself noisy.
        SensitivityResult small = analyze(1024, 42L);
        SensitivityResult large = analyze(4096, 42L);
        for (String x : X) {
            for (Index kind : List.of(Index.S1, Index.ST)) {
                double ratio = width(large.get(x, Y, kind)) / width(small.get(x, Y, kind));
                assertTrue(ratio > 0.3 && ratio < 0.7, x + " " + kind + " width ratio " + ratio);
            }
        }
        // At N = 4096 the delta-method standard error of these estimators is below 0.03 for
        // every index here, so a 95% interval (about four standard errors) is under 0.12 wide.
        for (String x : X) {
            assertTrue(width(large.get(x, Y, Index.S1)) < 0.12, x + " S1 interval too wide");
            assertTrue(width(large.get(x, Y, Index.ST)) < 0.12, x + " ST interval too wide");
        }
    }

    @Test
    void sameSeedGivesTheSameFiguresBitForBit() {
        assertEquals(analyze(256, 7L).indices(), analyze(256, 7L).indices());
    }

    @Test
    void theSeedMovesOnlyTheIntervals() {
        // The Saltelli design is a fixed quasi-random sequence: the seed only drives the bootstrap.
        SensitivityResult one = analyze(256, 1L);
        SensitivityResult two = analyze(256, 2L);
        SensitivityIndex a = one.get("x1", Y, Index.S1);
        SensitivityIndex b = two.get("x1", Y, Index.S1);
        assertEquals(a.value(), b.value(), 0.0);
        assertTrue(a.ci95Low() != b.ci95Low() || a.ci95High() != b.ci95High());
    }

    @Test
    void aConstantOutputHasNoIndices() {
        SensitivityResult result = SensitivityAnalysis.analyze(SaltelliDesign.create(factors(), 64), List.of(Y),
                x -> new double[] {3.0}, 1L);
        SensitivityIndex s1 = result.get("x1", Y, Index.S1);
        assertTrue(Double.isNaN(s1.value()) && Double.isNaN(s1.ci95Low()) && Double.isNaN(s1.ci95High()));
    }

    private static void assertContains(SensitivityIndex index, double truth) {
        assertTrue(index.ci95Low() <= truth && truth <= index.ci95High(), index + " should contain " + truth);
    }

    private static double width(SensitivityIndex index) {
        return index.ci95High() - index.ci95Low();
    }
}
