package org.gigasim.model.world.procurement;

import java.util.Arrays;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Pipeline;

/**
 * The pipeline readings ({@link Pipeline#free}) of one request round, per cloud and reading
 * time. A round reads the same cloud at the same times many times over (each start month
 * of an earliest-offer search checks the contract starts in its term), and the world does not
 * change while the round lasts, so each reading is computed once.
 */
final class PipelineMemo {

    private final Indices indices;
    /** Per cloud index: reading times, whether each is on expected dates, and the readings. */
    private final double[][] times;
    private final boolean[][] expected;
    private final double[][][] readings;
    private final int[] counts;
    /** Scratch for each reading. */
    private final double[] scratch;

    PipelineMemo(Indices indices) {
        this.indices = indices;
        int clouds = indices.cloudCount();
        times = new double[clouds][];
        expected = new boolean[clouds][];
        readings = new double[clouds][][];
        counts = new int[clouds];
        scratch = new double[indices.acceleratorCount()];
    }

    /** {@link Pipeline#free} of {@code cloud} read at {@code now} for {@code t}; the array is shared, not to be changed. */
    double[] free(Cloud cloud, double now, double t, boolean onExpectedDates) {
        int c = indices.cloudIndex(cloud.id());
        int n = counts[c];
        for (int i = 0; i < n; i++) {
            if (times[c][i] == t && expected[c][i] == onExpectedDates) {
                return readings[c][i];
            }
        }
        double[] free = Pipeline.free(indices, cloud, now, t, onExpectedDates, scratch);
        if (times[c] == null) {
            times[c] = new double[8];
            expected[c] = new boolean[8];
            readings[c] = new double[8][];
        } else if (n == times[c].length) {
            times[c] = Arrays.copyOf(times[c], 2 * n);
            expected[c] = Arrays.copyOf(expected[c], 2 * n);
            readings[c] = Arrays.copyOf(readings[c], 2 * n);
        }
        times[c][n] = t;
        expected[c][n] = onExpectedDates;
        readings[c][n] = free;
        counts[c] = n + 1;
        return free;
    }
}
