package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gigasim.cli.StudyAnalysis.FactorRange;
import org.gigasim.cli.StudyAnalysis.Figure;
import org.gigasim.cli.StudyAnalysis.Response;
import org.junit.jupiter.api.Test;

/** The rules by which docs/sensitivity-study.md's readings are drawn from the intervals. */
class StudyPageTest {

    private static final Response Y = new Response("y", 2030);

    @Test
    void aFactorWhoseIntervalClearsEveryOtherDominatesAndTinyOrZeroOnesAreNamed() {
        StudyAnalysis a = morris(new double[][] {
            // mu_star, low, high, sigma, mu, mu low, mu high
            {10, 8, 12, 2, -10, -12, -8}, {3, 1, 5, 4, 3, 1, 5}, {0.2, 0, 0.4, 0.1, 0.2, 0, 0.4}, {0, 0, 0, 0, 0, 0, 0}});
        List<String> lines = StudyPage.readings(a, Y);
        assertEquals("**`x0` dominates**: μ* = 10 [8, 12], clear of every other factor's interval.", lines.get(0));
        assertEquals("Raising `x0` lowers it (μ's interval is below 0).", lines.get(1));
        assertTrue(lines.contains("No effect at all (every elementary effect exactly 0): `x3`."), lines.toString());
        // 0.4 < 5% of 10: negligible; x1 (high 5) is not.
        assertTrue(lines.contains("Negligible (the upper end of μ*'s interval is below 5% of the largest μ*): `x2`."),
                lines.toString());
        assertTrue(lines.contains("σ above μ* (an effect that changes with the other factors or along the range): `x1`."),
                lines.toString());
    }

    @Test
    void overlappingIntervalsAreNotRanked() {
        StudyAnalysis a = morris(new double[][] {{10, 6, 14, 1, 10, 6, 14}, {8, 5, 11, 1, 8, 5, 11}});
        assertTrue(StudyPage.readings(a, Y).get(0).contains("the data do not rank them"));
    }

    @Test
    void numbersKeepThreeSignificantDigits() {
        assertEquals("52500", StudyPage.num(52500));
        assertEquals("1630", StudyPage.num(1628.15));
        assertEquals("0.0112", StudyPage.num(0.0112429));
        assertEquals("8.52e5", StudyPage.num(852272.7));
        assertEquals("-3.95e10", StudyPage.num(-3.9468e10));
        assertEquals("1.07e-14", StudyPage.num(1.0658e-14));
        assertEquals("0", StudyPage.num(0));
    }

    private static StudyAnalysis morris(double[][] rows) {
        List<FactorRange> factors = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String name = "x" + i;
            double[] r = rows[i];
            factors.add(new FactorRange(name, 0, 1));
            figures.add(new Figure(name, Y, "mu_star", r[0], r[1], r[2]));
            figures.add(new Figure(name, Y, "sigma", r[3], 0.0, 2 * r[3]));
            figures.add(new Figure(name, Y, "mu", r[4], r[5], r[6]));
        }
        return new StudyAnalysis("s", "q?", "morris", 8 * (rows.length + 1), 1, 1, factors, List.of(Y), figures);
    }
}
