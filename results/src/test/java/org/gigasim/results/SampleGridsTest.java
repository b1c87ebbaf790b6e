package org.gigasim.results;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Equal grids are held as one array, and a snapshot's times are matched as numbers. */
class SampleGridsTest {

    @Test
    void equalGridsAreHeldAsOneArrayUpToTheLimit() {
        SampleGrids grids = new SampleGrids();
        double[] first = {0, 168, 336};
        assertSame(first, grids.intern(first));
        assertSame(first, grids.intern(new double[] {0, 168, 336}));
        // Equal as numbers is not enough to be held as one: -0.0 and 0.0 differ in their bits.
        double[] negativeZero = {-0.0, 168, 336};
        assertSame(negativeZero, grids.intern(negativeZero));
        for (int i = 2; i < SampleGrids.MAX_GRIDS; i++) {
            grids.intern(new double[] {i});
        }
        double[] late = {0.5};
        assertSame(late, grids.intern(late));
        assertNotSame(late, grids.intern(new double[] {0.5}), "a grid past the limit is not held");
        assertSame(first, grids.intern(new double[] {0, 168, 336}), "grids held before the limit are still found");
    }

    @Test
    void timesMatchWhenEqualAsNumbersAndOnlyThen() {
        SampleGrids grids = new SampleGrids();
        double[] known = {0, 168, 336};
        assertTrue(grids.same(new double[] {0, 168, 336}, known));
        assertTrue(grids.same(new double[] {-0.0, 168, 336}, known));
        assertFalse(grids.same(new double[] {0, 168}, known));
        assertFalse(grids.same(new double[] {0, 168, 337}, known));
        double[] snapshot = {0, 168, 336};
        assertTrue(grids.same(snapshot, known));
        // The pair last found equal is remembered, and only that pair.
        assertTrue(grids.same(snapshot, known));
        assertFalse(grids.same(snapshot, new double[] {0, 168, 500}));
        assertFalse(grids.same(new double[0], known));
        assertTrue(grids.same(new double[0], new double[0]));
    }
}
