package org.gigasim.engine;

import java.util.Arrays;

/**
 * A 4-ary min-heap of (time bits, key) pairs on one {@code long[]}, each pair side by side.
 * Pairs compare by time bits, then key; the key holds the insertion sequence in its high
 * bits, so equal times leave first-in first-out.
 */
final class EntryHeap {

    private long[] heap;
    private int size;

    EntryHeap(int capacity) {
        heap = new long[2 * Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    long time(int index) {
        return heap[2 * index];
    }

    long key(int index) {
        return heap[2 * index + 1];
    }

    void clear() {
        size = 0;
    }

    void push(long time, long key) {
        ensureRoom();
        siftUp(size++, time, key);
    }

    /** Adds a pair without ordering it; call {@link #heapify()} before reading the top. */
    void append(long time, long key) {
        ensureRoom();
        heap[2 * size] = time;
        heap[2 * size + 1] = key;
        size++;
    }

    /** Restores heap order after {@link #append}, bottom-up in linear time. */
    void heapify() {
        for (int i = (size - 2) >> 2; i >= 0; i--) {
            siftDown(i, heap[2 * i], heap[2 * i + 1]);
        }
    }

    void removeTop() {
        int last = --size;
        if (last > 0) {
            siftDown(0, heap[2 * last], heap[2 * last + 1]);
        }
    }

    private void ensureRoom() {
        if (size == heap.length >> 1) {
            heap = Arrays.copyOf(heap, heap.length * 2);
        }
    }

    private void siftUp(int index, long time, long key) {
        long[] h = heap;
        int i = index;
        while (i > 0) {
            int parent = (i - 1) >> 2;
            long pt = h[2 * parent];
            if (pt < time || (pt == time && h[2 * parent + 1] < key)) {
                break;
            }
            h[2 * i] = pt;
            h[2 * i + 1] = h[2 * parent + 1];
            i = parent;
        }
        h[2 * i] = time;
        h[2 * i + 1] = key;
    }

    /** Places (time, key) into the hole at {@code index}. */
    private void siftDown(int index, long time, long key) {
        long[] h = heap;
        int n = size;
        int i = index;
        while (true) {
            int first = 4 * i + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            long bt = h[2 * first];
            long bk = h[2 * first + 1];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                long ct = h[2 * c];
                if (ct < bt || (ct == bt && h[2 * c + 1] < bk)) {
                    best = c;
                    bt = ct;
                    bk = h[2 * c + 1];
                }
            }
            if (time < bt || (time == bt && key < bk)) {
                break;
            }
            h[2 * i] = bt;
            h[2 * i + 1] = bk;
            i = best;
        }
        h[2 * i] = time;
        h[2 * i + 1] = key;
    }
}
