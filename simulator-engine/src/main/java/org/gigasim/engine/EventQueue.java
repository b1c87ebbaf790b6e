package org.gigasim.engine;

import java.util.Arrays;

/**
 * The pending-event list: a 4-ary min-heap on primitive arrays, ordered by (time,
 * insertion sequence) so that events at equal times leave first-in first-out.
 *
 * <p>Each heap entry is two longs side by side: the time's bit pattern (for non-negative
 * doubles it orders like the double) and a key holding the insertion sequence in its high
 * bits and a slot index in its low bits. The slot holds the action and a generation
 * counter, so a handle ({@code generation << 32 | slot}) goes stale once its event has
 * fired or been cancelled. Cancellation is lazy: it clears the slot in O(1) and the heap
 * drops the entry when it reaches the top, or in a linear compaction once cancelled
 * entries outnumber live ones. Nothing is allocated per event once the arrays have grown.
 */
public final class EventQueue {

    private static final int SLOT_BITS = 26;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
    private static final long MAX_SEQUENCE = (1L << (63 - SLOT_BITS)) - 1;
    /** The largest number of events that may be pending at once. */
    public static final int MAX_PENDING = 1 << SLOT_BITS;

    /** Interleaved heap entries: {@code heap[2i]} time bits, {@code heap[2i+1]} key. */
    private long[] heap;
    private int size;

    private Action[] actions;
    private int[] generations;
    private int[] freeSlots;
    private int freeCount;
    private int slotCount;

    private long nextSequence;
    private int cancelledInHeap;

    private double polledTime;

    /** Creates an empty queue sized for about {@code expectedPending} events. */
    public EventQueue(int expectedPending) {
        int capacity = Math.max(16, expectedPending);
        heap = new long[2 * capacity];
        actions = new Action[capacity];
        generations = new int[capacity];
        freeSlots = new int[capacity];
    }

    /** Creates an empty queue. */
    public EventQueue() {
        this(256);
    }

    /** Number of live (not cancelled) pending events. */
    public int size() {
        return size - cancelledInHeap;
    }

    /** Whether no live event is pending. */
    public boolean isEmpty() {
        return size == cancelledInHeap;
    }

    /**
     * Adds {@code action} at {@code timeHours}, which the caller has checked is finite and
     * not negative. Returns its handle, never 0.
     */
    public long add(double timeHours, Action action) {
        int slot = takeSlot();
        actions[slot] = action;
        if (nextSequence > MAX_SEQUENCE) {
            renumber();
        }
        long key = (nextSequence++ << SLOT_BITS) | slot;
        if (size == heap.length >> 1) {
            heap = Arrays.copyOf(heap, heap.length * 2);
        }
        // +0.0 folds a negative zero into positive zero so the bit order holds.
        siftUp(size++, Double.doubleToRawLongBits(timeHours + 0.0), key);
        return ((long) generations[slot] << 32) | slot;
    }

    /**
     * Cancels the event behind {@code handle}. Returns false if it has already fired, was
     * already cancelled, or the handle is not one of this queue's.
     */
    public boolean cancel(long handle) {
        int slot = (int) handle;
        if (slot < 0 || slot >= slotCount || generations[slot] != (int) (handle >>> 32)
                || actions[slot] == null) {
            return false;
        }
        actions[slot] = null;
        generations[slot]++;
        cancelledInHeap++;
        if (cancelledInHeap > 64 && cancelledInHeap > size >> 1) {
            compact();
        }
        return true;
    }

    /** Time of the earliest live event, or {@code +Infinity} when none is pending. */
    public double peekTime() {
        dropCancelledHead();
        return size == 0 ? Double.POSITIVE_INFINITY : Double.longBitsToDouble(heap[0]);
    }

    /**
     * Removes the earliest live event and returns its action, or null when none is
     * pending; {@link #polledTime()} then reads its time.
     */
    public Action poll() {
        dropCancelledHead();
        if (size == 0) {
            return null;
        }
        polledTime = Double.longBitsToDouble(heap[0]);
        int slot = (int) (heap[1] & SLOT_MASK);
        Action action = actions[slot];
        removeHead();
        releaseSlot(slot);
        return action;
    }

    /** Time of the event most recently returned by {@link #poll()}. */
    public double polledTime() {
        return polledTime;
    }

    private void dropCancelledHead() {
        while (size > 0) {
            int slot = (int) (heap[1] & SLOT_MASK);
            if (actions[slot] != null) {
                return;
            }
            removeHead();
            cancelledInHeap--;
            freeSlots[freeCount++] = slot;
        }
    }

    private void removeHead() {
        int last = --size;
        if (last > 0) {
            siftDown(0, heap[2 * last], heap[2 * last + 1], last);
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

    /** Places (time, key) into the hole at {@code index} of a heap of {@code n} entries. */
    private void siftDown(int index, long time, long key, int n) {
        long[] h = heap;
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

    private int takeSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotCount == MAX_PENDING) {
            throw new IllegalStateException("more than " + MAX_PENDING + " events pending at once");
        }
        if (slotCount == actions.length) {
            int capacity = Math.min(MAX_PENDING, actions.length * 2);
            actions = Arrays.copyOf(actions, capacity);
            generations = Arrays.copyOf(generations, capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
        }
        generations[slotCount] = 1;
        return slotCount++;
    }

    private void releaseSlot(int slot) {
        actions[slot] = null;
        generations[slot]++;
        freeSlots[freeCount++] = slot;
    }

    /** Drops every cancelled entry and rebuilds the heap bottom-up, in linear time. */
    private void compact() {
        int live = 0;
        for (int i = 0; i < size; i++) {
            int slot = (int) (heap[2 * i + 1] & SLOT_MASK);
            if (actions[slot] == null) {
                freeSlots[freeCount++] = slot;
            } else {
                heap[2 * live] = heap[2 * i];
                heap[2 * live + 1] = heap[2 * i + 1];
                live++;
            }
        }
        size = live;
        cancelledInHeap = 0;
        for (int i = (size - 2) >> 2; i >= 0; i--) {
            siftDown(i, heap[2 * i], heap[2 * i + 1], size);
        }
    }

    /**
     * Gives pending entries fresh sequence numbers 0..n-1 in their (time, sequence) order,
     * once every 2^37 insertions, so sequences never overflow. A sorted array is a heap.
     */
    private void renumber() {
        compact();
        Long[] order = new Long[size];
        for (int i = 0; i < size; i++) {
            order[i] = (long) i;
        }
        long[] old = Arrays.copyOf(heap, 2 * size);
        Arrays.sort(order, (a, b) -> {
            int ia = (int) (long) a;
            int ib = (int) (long) b;
            int byTime = Long.compare(old[2 * ia], old[2 * ib]);
            return byTime != 0 ? byTime : Long.compare(old[2 * ia + 1], old[2 * ib + 1]);
        });
        for (int i = 0; i < size; i++) {
            int from = (int) (long) order[i];
            heap[2 * i] = old[2 * from];
            heap[2 * i + 1] = ((long) i << SLOT_BITS) | (old[2 * from + 1] & SLOT_MASK);
        }
        nextSequence = size;
    }
}
