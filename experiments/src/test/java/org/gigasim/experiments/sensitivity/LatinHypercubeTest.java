package org.gigasim.experiments.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.gigasim.engine.random.Distribution;
import org.junit.jupiter.api.Test;

/** Latin hypercube stratification and the output distribution it propagates. */
class LatinHypercubeTest {

    private static final Response Y = Response.of("y", 2030);

    @Test
    void everyStratumOfEveryFactorHoldsExactlyOnePoint() {
        int n = 50;
        List<Factor> factors = List.of(Factor.range("a", 0, 1), Factor.distributed("b", new Distribution.Normal(10, 2)),
                Factor.distributed("c", new Distribution.LogNormal(3, 0.5)));
        LatinHypercubeDesign design = LatinHypercubeDesign.create(factors, n, 8L);
        assertEquals(n, design.size());
        for (int j = 0; j < factors.size(); j++) {
            int[] count = new int[n];
            for (int i = 0; i < n; i++) {
                double u = design.unitPoint(i)[j];
                assertTrue(u > 0 && u < 1);
                count[(int) Math.floor(u * n)]++;
            }
            for (int s = 0; s < n; s++) {
                assertEquals(1, count[s], "factor " + j + " stratum " + s);
            }
        }
        // Mapped through the normal quantile, stratum s of b holds one value between its quantiles s/N and (s+1)/N.
        NormalDistribution normal = NormalDistribution.of(10, 2);
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            count[(int) Math.floor(normal.cumulativeProbability(design.point(i)[1]) * n)]++;
        }
        for (int s = 0; s < n; s++) {
            assertEquals(1, count[s]);
        }
    }

    @Test
    void outputDistributionOfAUniformFactorHasUniformMoments() {
        // y = x with x uniform on [0, 1]: mean and median 1/2, standard deviation 1/√12, p05 0.05, p95 0.95.
        LatinHypercubeDesign design = LatinHypercubeDesign.create(List.of(Factor.range("x", 0, 1)), 400, 4L);
        SensitivityResult result = SensitivityAnalysis.analyze(design, List.of(Y), x -> new double[] {x[0]}, 4L);
        assertWithin(result.get("", Y, Index.MEAN), 0.5);
        assertWithin(result.get("", Y, Index.P50), 0.5);
        assertWithin(result.get("", Y, Index.STDEV), 1 / Math.sqrt(12));
        assertWithin(result.get("", Y, Index.P05), 0.05);
        assertWithin(result.get("", Y, Index.P95), 0.95);
        // Stratification pins the sample mean to within 1/(2N) of 1/2, far inside the interval.
        assertEquals(0.5, result.get("", Y, Index.MEAN).value(), 1.0 / (2 * 400));
    }

    @Test
    void sameSeedGivesTheSamePointsAndFigures() {
        List<Factor> factors = List.of(Factor.range("a", 0, 1), Factor.distributed("b", new Distribution.Gamma(2, 3)));
        LatinHypercubeDesign one = LatinHypercubeDesign.create(factors, 30, 6L);
        LatinHypercubeDesign two = LatinHypercubeDesign.create(factors, 30, 6L);
        for (int i = 0; i < one.size(); i++) {
            assertArrayEquals(one.point(i), two.point(i));
        }
        Evaluator model = x -> new double[] {x[0] * x[1]};
        assertEquals(SensitivityAnalysis.analyze(one, List.of(Y), model, 6L),
                SensitivityAnalysis.analyze(two, List.of(Y), model, 6L));
    }

    private static void assertWithin(SensitivityIndex figure, double truth) {
        assertTrue(figure.ci95Low() <= truth && truth <= figure.ci95High(), figure + " should contain " + truth);
    }
}
