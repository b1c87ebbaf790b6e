package org.gigasim.engine;

import java.util.Arrays;

/**
 * One rung of the ladder: equal-width time buckets, each the head of a list of slots. Buckets up to {@link #current} have been handed on; later ones still wait.
 *
 * <p>{@link #index(double)} is monotone in the time, so equal times always share a bucket
 * and an earlier time never lands in a later bucket; that, not exact bucket bounds, is
 * what keeps the queue's order.
 */
final class Rung {

    private double base;
    private double scale;
    private int buckets;
    int current;
    /** Bucket b's lists start at {@code heads[LANES * b]}, one per lane; -1 ends a list. */
    int[] heads = new int[0];

    /**
     * Sets this rung up as {@code count} empty buckets spanning [lo, hi]; returns false,
     * leaving it unchanged, if that span is too narrow to divide.
     */
    boolean reset(double lo, double hi, int count) {
        double s = count / (hi - lo);
        if (!(hi > lo) || !(s < Double.POSITIVE_INFINITY)) {
            return false;
        }
        base = lo;
        scale = s;
        buckets = count;
        current = -1;
        if (heads.length < EventQueue.LANES * count) {
            heads = new int[EventQueue.LANES * count];
        }
        Arrays.fill(heads, 0, EventQueue.LANES * count, -1);
        return true;
    }

    /** The bucket for {@code time}; times outside the span go to the first or last bucket. */
    int index(double time) {
        long i = (long) ((time - base) * scale);
        return i <= 0 ? 0 : i >= buckets ? buckets - 1 : (int) i;
    }

    int buckets() {
        return buckets;
    }

    double lowerBound(int bucket) {
        return base + bucket / scale;
    }

    double upperBound(int bucket) {
        return base + (bucket + 1) / scale;
    }

    /**
     * Moves {@link #current} to the next non-empty bucket and returns it, or -1 once every
     * bucket has been handed on.
     */
    int advance() {
        int[] h = heads;
        for (int b = current + 1; b < buckets; b++) {
            int at = EventQueue.LANES * b;
            if ((h[at] & h[at + 1] & h[at + 2] & h[at + 3]) != -1) {
                current = b;
                return b;
            }
        }
        current = buckets;
        return -1;
    }
}
