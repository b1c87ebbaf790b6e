package org.gigasim.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A point's running mean and variance are Welford's, bit for bit, whether a replication's
 * series is zero throughout (whose values only count) or not.
 */
class PointMomentsTest {

    private static final double[] TIMES = {168, 336, 504};

    @Test
    void zerosCountAndTheFirstValuesOtherThanZeroMoveTheMeansByHand() {
        PointMoments moments = new PointMoments();
        SampleGrids grids = new SampleGrids();
        moments.accept(series(0, 0, 0), grids);
        moments.accept(series(-0.0, 0, -0.0), grids);
        // Two replications of zeros: counted, means 0.
        assertEquals(2, moments.count(0));
        assertEquals(0, moments.mean(2));
        moments.accept(series(3, 0, -6), grids);
        moments.accept(series(0, 0, 0), grids);
        // Point 0 holds 0, 0, 3, 0: mean 0.75, sample variance (3 * 0.75² + 2.25²) / 3 = 2.25, deviation 1.5.
        assertEquals(4, moments.count(0));
        assertEquals(0.75, moments.mean(0));
        assertEquals(1.5, moments.stdev(0));
        // Point 2 holds 0, -0, -6, 0: mean -1.5, variance (3 * 1.5² + 4.5²) / 3 = 9, deviation 3.
        assertEquals(-1.5, moments.mean(2));
        assertEquals(3, moments.stdev(2));
        // Point 1 held only zeros: its mean and deviation are +0.0.
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(moments.mean(1)));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(moments.stdev(1)));
        assertArrayEquals(new double[] {0, -0.0, 3, 0}, moments.values(0), "every replication's value, in order");
    }

    @Property(tries = 200)
    void theMomentsAreWelfordsBitForBit(@ForAll @IntRange(min = 1, max = 40) int replications,
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PointMoments moments = new PointMoments();
        SampleGrids grids = new SampleGrids();
        int[] counts = new int[TIMES.length];
        double[] means = new double[TIMES.length];
        double[] sums = new double[TIMES.length];
        for (int r = 0; r < replications; r++) {
            double[] values = new double[TIMES.length];
            // Mostly series of zeros (of either sign), some with values, some with a value here and there.
            int shape = random.nextInt(4);
            for (int i = 0; i < values.length; i++) {
                values[i] = shape == 0 ? (random.nextBoolean() ? -0.0 : 0.0)
                        : shape == 1 ? random.nextDouble(-5, 5)
                        : random.nextInt(3) == 0 ? random.nextDouble() : 0.0;
            }
            moments.accept(series(values), grids);
            for (int i = 0; i < values.length; i++) {
                counts[i]++;
                double delta = values[i] - means[i];
                means[i] += delta / counts[i];
                sums[i] += delta * (values[i] - means[i]);
            }
        }
        for (int i = 0; i < TIMES.length; i++) {
            assertEquals(counts[i], moments.count(i));
            assertEquals(Double.doubleToRawLongBits(means[i]), Double.doubleToRawLongBits(moments.mean(i)));
            double stdev = counts[i] < 2 ? 0 : Math.sqrt(sums[i] / (counts[i] - 1));
            assertEquals(Double.doubleToRawLongBits(stdev), Double.doubleToRawLongBits(moments.stdev(i)));
        }
    }

    private static SeriesSnapshot series(double... values) {
        return new SeriesSnapshot(Results.CAPACITY, TIMES.clone(), values, new double[] {168, 168, 168});
    }
}
