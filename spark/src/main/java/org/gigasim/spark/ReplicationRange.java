package org.gigasim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive replication indices {@code from} (inclusive) to {@code to} (exclusive): the
 * share of one Spark task. A task's replications are consecutive so that its partial result
 * merges with its neighbours' in replication order.
 *
 * @param from the first replication index
 * @param to one past the last replication index
 */
public record ReplicationRange(int from, int to) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks that the range holds at least one replication. */
    public ReplicationRange {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("a replication range needs 0 <= from < to, was " + from + ".." + to);
        }
    }

    /** How many replications the range holds. */
    public int size() {
        return to - from;
    }

    /**
     * Replications {@code from} to {@code to} − 1 cut into at most {@code slices} ranges in
     * index order, covering every index once; sizes differ by at most one, larger first.
     */
    public static List<ReplicationRange> split(int from, int to, int slices) {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("nothing to split: replications " + from + ".." + to);
        }
        if (slices < 1) {
            throw new IllegalArgumentException("slices must be at least 1, was " + slices);
        }
        int total = to - from;
        int count = Math.min(slices, total);
        int base = total / count;
        int larger = total % count;
        List<ReplicationRange> ranges = new ArrayList<>(count);
        int start = from;
        for (int i = 0; i < count; i++) {
            int end = start + base + (i < larger ? 1 : 0);
            ranges.add(new ReplicationRange(start, end));
            start = end;
        }
        return List.copyOf(ranges);
    }
}
