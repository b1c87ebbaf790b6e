package org.gigasim.benchmarks;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The reference the engine must match: a bare d-ary min-heap of event times in one
 * {@code double[]}, with no sequence numbers, no actions and no cancellation.
 */
final class BareHeap {

    private final int arity;
    private final double[] heap;
    private final int size;
    private final ContinuousSampler exponential;

    BareHeap(int arity, int size, ContinuousSampler exponential) {
        this.arity = arity;
        this.size = size;
        this.exponential = exponential;
        this.heap = new double[size];
        for (int i = 0; i < size; i++) {
            heap[i] = exponential.sample();
            siftUp(i);
        }
    }

    /** Pops the minimum and pushes it back at now + Exp(1), {@code holds} times. */
    double hold(int holds) {
        double now = 0;
        for (int h = 0; h < holds; h++) {
            now = heap[0];
            double last = heap[size - 1];
            siftDown(last, size - 1);
            heap[size - 1] = now + exponential.sample();
            siftUp(size - 1);
        }
        return now;
    }

    private void siftUp(int index) {
        double value = heap[index];
        int i = index;
        while (i > 0) {
            int parent = (i - 1) / arity;
            if (heap[parent] <= value) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = value;
    }

    private void siftDown(double value, int n) {
        int i = 0;
        while (true) {
            int first = arity * i + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            int end = Math.min(first + arity, n);
            for (int c = first + 1; c < end; c++) {
                if (heap[c] < heap[best]) {
                    best = c;
                }
            }
            if (value <= heap[best]) {
                break;
            }
            heap[i] = heap[best];
            i = best;
        }
        heap[i] = value;
    }
}
