package org.gigasim.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FalseDiscoveryTest {

    @Test
    void pValueIsTwoSidedStudentT() {
        // t = 1 / (1 / sqrt 4) = 2 with 3 degrees of freedom: P(T > 2) = 0.06966 in the tables.
        assertEquals(0.13932, FalseDiscovery.pValue(1, 1, 4), 1e-5);
        assertEquals(0.13932, FalseDiscovery.pValue(-1, 1, 4), 1e-5);
        assertEquals(0.0, FalseDiscovery.pValue(3, 0, 5));
        assertEquals(1.0, FalseDiscovery.pValue(0, 0, 5));
        assertTrue(Double.isNaN(FalseDiscovery.pValue(1, 1, 1)));
    }

    @Test
    void benjaminiHochbergRejectsTheSmallestUpToTheLastPValueUnderItsThreshold() {
        // Five tested (the NaN is not): sorted 0.005, 0.01, 0.03, 0.04, 0.5 against 0.01, 0.02, 0.03, 0.04, 0.05.
        double[] p = {0.01, 0.04, 0.03, 0.005, Double.NaN, 0.5};
        assertArrayEquals(new boolean[] {true, true, true, true, false, false}, FalseDiscovery.rejected(p));
    }

    @Test
    void stepUpRejectsAPValueAboveItsOwnThresholdWhenALargerOneQualifies() {
        // Thresholds 0.0167, 0.0333, 0.05: 0.02 misses its own, but 0.04 meets the third, so all three go.
        assertArrayEquals(new boolean[] {true, true, true}, FalseDiscovery.rejected(new double[] {0.02, 0.03, 0.04}));
        // 999 p-values spread evenly as under no change at all: about 50 fall below 0.05, yet none
        // survives the correction; the one at 0.00004 meets the smallest threshold, 0.05 / 1000.
        double[] many = new double[1000];
        for (int i = 1; i < many.length; i++) {
            many[i] = (i + 0.5) / 1000;
        }
        many[0] = 0.00004;
        boolean[] rejected = FalseDiscovery.rejected(many);
        assertTrue(rejected[0]);
        assertEquals(1, countTrue(rejected));
    }

    private static int countTrue(boolean[] values) {
        int n = 0;
        for (boolean v : values) {
            n += v ? 1 : 0;
        }
        return n;
    }
}
