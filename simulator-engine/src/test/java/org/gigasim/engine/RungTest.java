package org.gigasim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One rung of the ladder queue: buckets of equal width over a span of times. */
class RungTest {

    @Test
    void fiveBucketsOverZeroToTenAreTwoHoursWide() {
        Rung rung = new Rung();
        assertTrue(rung.reset(0, 10, 5));
        assertEquals(5, rung.buckets());
        // Bucket i holds [2i, 2i + 2): 3.9 is in bucket 1, 4.0 in bucket 2.
        assertEquals(1, rung.index(3.9));
        assertEquals(2, rung.index(4.0));
        assertEquals(0, rung.index(0));
        assertEquals(4, rung.index(9.99));
        assertEquals(2.0, rung.lowerBound(1));
        assertEquals(4.0, rung.upperBound(1));
        assertEquals(10.0, rung.upperBound(4));
    }

    @Test
    void timesOutsideTheSpanGoToTheEndBuckets() {
        Rung rung = new Rung();
        rung.reset(100, 108, 4);
        assertEquals(0, rung.index(50));
        assertEquals(0, rung.index(100));
        assertEquals(3, rung.index(108));
        assertEquals(3, rung.index(1e9));
        // Bucket 2 of [100, 108] in fours: [104, 106).
        assertEquals(2, rung.index(105.5));
        assertEquals(104.0, rung.lowerBound(2));
    }

    @Test
    void aSpanTooNarrowToDivideLeavesTheRungUnchanged() {
        Rung rung = new Rung();
        assertTrue(rung.reset(0, 8, 4));
        assertFalse(rung.reset(5, 5, 3), "empty span");
        assertFalse(rung.reset(6, 5, 3), "reversed span");
        assertFalse(rung.reset(0, Double.MIN_VALUE, 3), "too narrow: 3 buckets over 4.9e-324 h overflow the scale");
        assertEquals(4, rung.buckets());
        assertEquals(1, rung.index(3));
    }

    @Test
    void anEmptyRungHasNoNextBucket() {
        Rung rung = new Rung();
        rung.reset(0, 1, 3);
        assertEquals(-1, rung.advance());
    }
}
