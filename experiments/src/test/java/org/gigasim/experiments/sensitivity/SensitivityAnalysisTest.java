package org.gigasim.experiments.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysis entry point: several responses at once, their order, and malformed outputs. */
class SensitivityAnalysisTest {

    private static final List<Factor> FACTORS = List.of(Factor.range("x1", 0, 1), Factor.range("x2", 0, 1),
            Factor.range("unused", 0, 1));
    private static final Response SUM = Response.of("sum", 2030);
    private static final Response ONLY_X2 = Response.of("only_x2", 2030);

    @Test
    void anAdditiveModelSplitsItsVarianceByTheSquaredSlopes() {
        // y = x1 + 2 x2 with uniform factors: V1 = 1/12, V2 = 4/12, so S1 = ST = 0.2 and 0.8; the unused factor 0.
        // y' = x2 alone: all its variance is x2's. Both responses come from the same runs.
        SensitivityResult result = SensitivityAnalysis.analyze(SaltelliDesign.create(FACTORS, 1024),
                List.of(SUM, ONLY_X2), x -> new double[] {x[0] + 2 * x[1], x[1]}, 5L);
        double[] truth = {0.2, 0.8, 0.0};
        for (int i = 0; i < 3; i++) {
            String x = FACTORS.get(i).name();
            for (Index kind : List.of(Index.S1, Index.ST)) {
                SensitivityIndex index = result.get(x, SUM, kind);
                assertTrue(index.ci95Low() <= truth[i] && truth[i] <= index.ci95High(), index.toString());
            }
        }
        // A factor the model ignores changes nothing between A and AB_i: its total index is exactly 0.
        assertEquals(0.0, result.get("unused", SUM, Index.ST).value(), 0.0);
        assertEquals(1.0, result.get("x2", ONLY_X2, Index.ST).value(), 0.05);
        assertEquals(0.0, result.get("x1", ONLY_X2, Index.ST).value(), 0.0);
    }

    @Test
    void indicesComeByResponseThenFactorThenIndex() {
        SensitivityResult result = SensitivityAnalysis.analyze(SaltelliDesign.create(FACTORS, 16),
                List.of(SUM, ONLY_X2), x -> new double[] {x[0] + x[1], x[1]}, 5L);
        assertEquals(2 * 3 * 2, result.indices().size());
        SensitivityIndex first = result.indices().get(0);
        SensitivityIndex seventh = result.indices().get(6);
        assertEquals(List.of("x1", "sum", "S1"), List.of(first.factor(), first.response().metric(), first.index().label()));
        assertEquals(List.of("x1", "only_x2", "S1"),
                List.of(seventh.factor(), seventh.response().metric(), seventh.index().label()));
        assertEquals(Index.ST, result.indices().get(1).index());
    }

    @Test
    void outputsThatDoNotFitTheDesignAreRefused() {
        SaltelliDesign design = SaltelliDesign.create(FACTORS, 4);
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> SensitivityAnalysis.analyze(design, List.of(SUM), new double[3][1], 1L, 10));
        assertTrue(count.getMessage().contains("20 runs"), count.getMessage());
        double[][] ragged = new double[design.size()][1];
        ragged[7] = new double[2];
        IllegalArgumentException width = assertThrows(IllegalArgumentException.class,
                () -> SensitivityAnalysis.analyze(design, List.of(SUM), ragged, 1L, 10));
        assertTrue(width.getMessage().contains("run 7"), width.getMessage());
    }
}
