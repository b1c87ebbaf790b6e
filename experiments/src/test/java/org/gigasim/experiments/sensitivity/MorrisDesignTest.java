package org.gigasim.experiments.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gigasim.engine.random.Distribution;
import org.junit.jupiter.api.Test;

/** The shape of Morris trajectories: one factor moves by ±Δ per step, each once, on the grid. */
class MorrisDesignTest {

    private static final List<Factor> FACTORS = List.of(Factor.range("a", 0, 1), Factor.range("b", -1, 1),
            Factor.range("c", 10, 20), Factor.range("d", 0, 5));

    @Test
    void costsTrajectoriesTimesFactorsPlusOneRuns() {
        MorrisDesign design = MorrisDesign.create(FACTORS, 7, 4, 1L);
        assertEquals(7 * (4 + 1), design.size());
        assertEquals(35L, MorrisDesign.runs(4, 7));
    }

    @Test
    void eachStepMovesOneFactorByDeltaAndEveryFactorMovesOnce() {
        int levels = 6;
        MorrisDesign design = MorrisDesign.create(FACTORS, 15, levels, 2L);
        double delta = levels / (2.0 * (levels - 1));
        for (int t = 0; t < design.trajectories(); t++) {
            boolean[] movedOnce = new boolean[FACTORS.size()];
            for (int s = 0; s < FACTORS.size(); s++) {
                double[] before = design.unitPoint(t * (FACTORS.size() + 1) + s);
                double[] after = design.unitPoint(t * (FACTORS.size() + 1) + s + 1);
                int changed = -1;
                for (int j = 0; j < before.length; j++) {
                    assertOnGrid(before[j], levels);
                    assertOnGrid(after[j], levels);
                    if (before[j] != after[j]) {
                        assertEquals(-1, changed, "two factors moved in one step");
                        changed = j;
                    }
                }
                assertEquals(design.movedFactor(t, s), changed);
                assertEquals(design.direction(t, changed) * delta, after[changed] - before[changed], 1e-12);
                assertFalse(movedOnce[changed]);
                movedOnce[changed] = true;
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameTrajectoriesAndAnotherSeedOthers() {
        MorrisDesign one = MorrisDesign.create(FACTORS, 5, 4, 3L);
        MorrisDesign same = MorrisDesign.create(FACTORS, 5, 4, 3L);
        MorrisDesign other = MorrisDesign.create(FACTORS, 5, 4, 4L);
        boolean differs = false;
        for (int i = 0; i < one.size(); i++) {
            assertArrayEquals(one.unitPoint(i), same.unitPoint(i));
            differs |= !java.util.Arrays.equals(one.unitPoint(i), other.unitPoint(i));
        }
        assertTrue(differs);
    }

    @Test
    void valuesSpanTheFactorRanges() {
        MorrisDesign design = MorrisDesign.create(FACTORS, 30, 4, 5L);
        for (int i = 0; i < design.size(); i++) {
            double[] x = design.point(i);
            assertTrue(x[2] >= 10 && x[2] <= 20);
        }
    }

    @Test
    void refusesAnUnboundedFactorAndOddLevels() {
        List<Factor> unbounded = List.of(Factor.distributed("demand", new Distribution.Normal(1, 0.1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MorrisDesign.create(unbounded, 10, 4, 1L));
        assertTrue(e.getMessage().contains("demand"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MorrisDesign.create(FACTORS, 10, 5, 1L));
        assertThrows(IllegalArgumentException.class, () -> MorrisDesign.create(FACTORS, 1, 4, 1L));
    }

    @Test
    void acceptsABoundedDistribution() {
        List<Factor> bounded = List.of(Factor.distributed("share", new Distribution.Triangular(0.1, 0.2, 0.5)));
        MorrisDesign design = MorrisDesign.create(bounded, 4, 4, 1L);
        for (int i = 0; i < design.size(); i++) {
            double x = design.point(i)[0];
            assertTrue(x >= 0.1 && x <= 0.5, "value " + x);
        }
    }

    private static void assertOnGrid(double unit, int levels) {
        double scaled = unit * (levels - 1);
        assertEquals(Math.rint(scaled), scaled, 1e-12, "off the grid: " + unit);
    }
}
