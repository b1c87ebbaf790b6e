package org.gigasim.experiments.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

/** The block layout of Saltelli's design. */
class SaltelliDesignTest {

    private static final List<Factor> FACTORS = List.of(Factor.range("a", 0, 1), Factor.range("b", 0, 1),
            Factor.range("c", 0, 1));

    @Test
    void costsBaseSamplesTimesFactorsPlusTwoRuns() {
        assertEquals(64 * (3 + 2), SaltelliDesign.create(FACTORS, 64).size());
    }

    @Test
    void abBlockIsAWithOneColumnFromB() {
        int n = 32;
        SaltelliDesign design = SaltelliDesign.create(FACTORS, n);
        for (int j = 0; j < n; j++) {
            double[] a = design.unitPoint(j);
            double[] b = design.unitPoint(n + j);
            for (int i = 0; i < 3; i++) {
                double[] ab = design.unitPoint((2 + i) * n + j);
                for (int c = 0; c < 3; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c], 0.0);
                }
            }
        }
    }

    @Test
    void aAndBAreTheTwoHalvesOfSobolPointsAfterAPowerOfTwo() {
        // 32 base samples skip the first 32 points; A and B are the first and last three coordinates.
        SaltelliDesign design = SaltelliDesign.create(FACTORS, 32);
        double[] point = new SobolSequenceGenerator(6).skipTo(32);
        for (int c = 0; c < 3; c++) {
            assertEquals(point[c], design.unitPoint(0)[c], 0.0);
            assertEquals(point[3 + c], design.unitPoint(32)[c], 0.0);
        }
        assertEquals(16, SaltelliDesign.skip(5));
        assertEquals(128, SaltelliDesign.skip(100));
        assertEquals(1024, SaltelliDesign.skip(1024));
    }

    @Test
    void everyCoordinateLiesInsideTheOpenUnitInterval() {
        SaltelliDesign design = SaltelliDesign.create(FACTORS, 256);
        for (int i = 0; i < design.size(); i++) {
            for (double u : design.unitPoint(i)) {
                assertTrue(u > 0 && u < 1, "coordinate " + u);
            }
        }
    }
}
