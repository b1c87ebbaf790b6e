package org.gigasim.results;

import java.util.HashMap;
import java.util.Map;

/**
 * The sample grids of one aggregator's per-time moments: equal grids held as one array, and
 * the last snapshot grid found equal to one of them. Series of one replication share their grid
 * (their snapshots hold one array), and series in key order mostly have the same grid, so after
 * the first series on a grid the others are known to match it without reading their times.
 */
final class SampleGrids {

    /** The most distinct grids held as one array; later ones are kept as they come. */
    static final int MAX_GRIDS = 1 << 10;

    private final Map<SnapshotEncoder.ArrayKey, double[]> grids = new HashMap<>();
    private double[] lastSnapshot;
    private double[] lastKnown;

    /** The held array equal (bit for bit) to {@code times}, or {@code times} itself, held from now on. */
    double[] intern(double[] times) {
        if (grids.size() >= MAX_GRIDS) {
            double[] held = grids.get(new SnapshotEncoder.ArrayKey(times));
            return held != null ? held : times;
        }
        return grids.computeIfAbsent(new SnapshotEncoder.ArrayKey(times), k -> times);
    }

    /** Whether a snapshot's times equal {@code known} ({@code ==} on each time, as the moments match them). */
    boolean same(double[] snapshot, double[] known) {
        if (snapshot == lastSnapshot && known == lastKnown) {
            return true;
        }
        if (snapshot.length != known.length) {
            return false;
        }
        for (int i = 0; i < known.length; i++) {
            if (snapshot[i] != known[i]) {
                return false;
            }
        }
        lastSnapshot = snapshot;
        lastKnown = known;
        return true;
    }
}
