package org.gigasim.engine;

import java.util.Arrays;

/**
 * The pending-event list, ordered by (time, insertion sequence) so that events at equal
 * times leave first-in first-out. It is a ladder queue on primitive arrays: events due
 * soonest sit in a small heap (the bottom), later ones in rungs of time buckets, the latest
 * in an unsorted top list. Buckets are split into finer rungs or moved to the bottom as
 * the clock reaches them, so each event costs amortized O(1) whatever the queue size.
 *
 * <p>Each event owns a slot holding its action, time, sequence, list link and a generation
 * counter; a handle ({@code generation << 32 | slot}) goes stale once its event has fired
 * or been cancelled. Cancellation clears the slot in O(1); the entry is dropped when it
 * reaches the bottom, or in a linear compaction once cancelled entries outnumber live
 * ones. Nothing is allocated per event once the arrays have grown.
 */
public final class EventQueue {

    private static final int SLOT_BITS = 26;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
    private static final long MAX_SEQUENCE = (1L << (63 - SLOT_BITS)) - 1;
    /** The largest number of events that may be pending at once. */
    public static final int MAX_PENDING = 1 << SLOT_BITS;

    /** A bucket longer than this is split into a finer rung rather than heaped. */
    private static final int SPLIT_THRESHOLD = 96;
    /** A new rung gets one bucket per this many entries: fewer buckets, fewer cache misses. */
    private static final int ENTRIES_PER_BUCKET = 2;
    private static final int MAX_RUNGS = 8;
    /**
     * Every list is kept as this many lanes, picked by slot, so that walking one has several
     * independent chains of memory loads in flight rather than one.
     */
    static final int LANES = 4;
    /** The bottom turns into a rung when inserts grow it past this (or twice its fill). */
    private static final int BOTTOM_LIMIT = 1024;

    /** A list link is stored as next slot + 1 (0 ends the list) below the sequence. */
    private static final int LINK_BITS = SLOT_BITS + 1;
    private static final long LINK_MASK = (1L << LINK_BITS) - 1;

    /**
     * Per slot, while its entry waits in a list: {@code records[2s]} time bits and
     * {@code records[2s + 1]} the sequence above the link, so a list walk reads one line.
     */
    private long[] records;
    private int[] generations;
    private Action[] actions;
    private int[] freeSlots;
    private int freeCount;
    private int slotCount;

    private final EntryHeap bottom;
    private int bottomLimit = BOTTOM_LIMIT;
    private final Rung[] rungs = new Rung[MAX_RUNGS];
    private int rungCount;
    private final int[] topHeads = {-1, -1, -1, -1};
    /** Scratch lanes for moving a whole list at once, empty between calls. */
    private final int[] spareHeads = {-1, -1, -1, -1};
    private int topCount;
    private double topMin = Double.POSITIVE_INFINITY;
    private double topMax = Double.NEGATIVE_INFINITY;
    /** Events at or after this time go to the top; earlier ones to a rung or the bottom. */
    private double topStart = Double.NEGATIVE_INFINITY;

    private final long maxSequence;
    private long nextSequence;
    private int live;
    private int cancelled;
    private double polledTime;

    /** Creates an empty queue sized for about {@code expectedPending} events. */
    public EventQueue(int expectedPending) {
        this(expectedPending, MAX_SEQUENCE);
    }

    /** Creates an empty queue. */
    public EventQueue() {
        this(256);
    }

    /** A queue that renumbers its sequences past {@code maxSequence}, so tests can force it. */
    EventQueue(int expectedPending, long maxSequence) {
        int capacity = Math.max(16, expectedPending);
        records = new long[2 * capacity];
        generations = new int[capacity];
        actions = new Action[capacity];
        freeSlots = new int[capacity];
        bottom = new EntryHeap(64);
        for (int r = 0; r < MAX_RUNGS; r++) {
            rungs[r] = new Rung();
        }
        this.maxSequence = Math.min(maxSequence, MAX_SEQUENCE);
    }

    /** Number of live (not cancelled) pending events. */
    public int size() {
        return live;
    }

    /** Whether no live event is pending. */
    public boolean isEmpty() {
        return live == 0;
    }

    /**
     * Adds {@code action} at {@code timeHours}, which the caller has checked is finite and
     * not negative. Returns its handle, never 0.
     */
    public long add(double timeHours, Action action) {
        if (nextSequence > maxSequence) {
            renumber();
        }
        int slot = takeSlot();
        actions[slot] = action;
        // +0.0 folds a negative zero into positive zero so the bit order holds.
        double time = timeHours + 0.0;
        place(time, Double.doubleToRawLongBits(time), (nextSequence++ << SLOT_BITS) | slot);
        live++;
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
        live--;
        cancelled++;
        if (cancelled > 64 && cancelled > live) {
            compact();
        }
        return true;
    }

    /** Time of the earliest live event, or {@code +Infinity} when none is pending. */
    public double peekTime() {
        return liveAtBottom() ? Double.longBitsToDouble(bottom.time(0)) : Double.POSITIVE_INFINITY;
    }

    /**
     * Removes the earliest live event and returns its action, or null when none is
     * pending; {@link #polledTime()} then reads its time.
     */
    public Action poll() {
        if (!liveAtBottom()) {
            return null;
        }
        polledTime = Double.longBitsToDouble(bottom.time(0));
        int slot = (int) (bottom.key(0) & SLOT_MASK);
        bottom.removeTop();
        Action action = actions[slot];
        actions[slot] = null;
        generations[slot]++;
        freeSlots[freeCount++] = slot;
        live--;
        return action;
    }

    /** Time of the event most recently returned by {@link #poll()}. */
    public double polledTime() {
        return polledTime;
    }

    /** Puts a new entry in the first place, from the top down, whose range holds its time. */
    private void place(double time, long bits, long key) {
        if (time >= topStart) {
            push(topHeads, 0, bits, key);
            topCount++;
            topMin = Math.min(topMin, time);
            topMax = Math.max(topMax, time);
            return;
        }
        for (int r = 0; r < rungCount; r++) {
            Rung rung = rungs[r];
            int b = rung.index(time);
            if (b > rung.current) {
                push(rung.heads, LANES * b, bits, key);
                return;
            }
        }
        bottom.push(bits, key);
        if (bottom.size() > bottomLimit) {
            bottomToRung();
        }
    }

    /** Stores (bits, key) in the entry's slot and links it into its lane of a list. */
    private void push(int[] heads, int at, long bits, long key) {
        int lane = at + (int) (key & (LANES - 1));
        heads[lane] = prepend(heads[lane], bits, key);
    }

    /** Stores (bits, key) in the entry's slot, links it before {@code head}, returns the slot. */
    private int prepend(int head, long bits, long key) {
        int slot = (int) (key & SLOT_MASK);
        records[2 * slot] = bits;
        records[2 * slot + 1] = ((key >>> SLOT_BITS) << LINK_BITS) | (head + 1);
        return slot;
    }

    private int next(int slot) {
        return (int) (records[2 * slot + 1] & LINK_MASK) - 1;
    }

    private void setNext(int slot, int next) {
        records[2 * slot + 1] = (records[2 * slot + 1] & ~LINK_MASK) | (next + 1);
    }

    /** The heap key (sequence above slot) of an entry stored in its slot's record. */
    private long key(int slot) {
        return ((records[2 * slot + 1] >>> LINK_BITS) << SLOT_BITS) | slot;
    }

    /** Makes the bottom's top a live event, refilling it as needed; false if none is left. */
    private boolean liveAtBottom() {
        while (true) {
            while (bottom.size() > 0) {
                int slot = (int) (bottom.key(0) & SLOT_MASK);
                if (actions[slot] != null) {
                    return true;
                }
                bottom.removeTop();
                cancelled--;
                freeSlots[freeCount++] = slot;
            }
            if (!refillBottom()) {
                return false;
            }
        }
    }

    /** Moves the next bucket (or the top) into the empty bottom; false if all are empty. */
    private boolean refillBottom() {
        while (true) {
            if (rungCount == 0) {
                if (topCount == 0) {
                    topStart = Double.NEGATIVE_INFINITY;
                    return false;
                }
                int count = topCount;
                double lo = topMin;
                topStart = topMax;
                topCount = 0;
                topMin = Double.POSITIVE_INFINITY;
                topMax = Double.NEGATIVE_INFINITY;
                if (count > SPLIT_THRESHOLD && split(topHeads, 0, count, lo, topStart)) {
                    continue;
                }
                moveToBottom(topHeads, 0);
            } else {
                Rung rung = rungs[rungCount - 1];
                int b = rung.advance();
                if (b < 0) {
                    rungCount--;
                    continue;
                }
                moveToBottom(rung.heads, LANES * b);
                // Buckets keep no count, so a crowded one is split once it is in the bottom.
                if (bottom.size() > SPLIT_THRESHOLD && bottomToRung()) {
                    continue;
                }
            }
            bottom.heapify();
            bottomLimit = Math.max(BOTTOM_LIMIT, 2 * bottom.size());
            return true;
        }
    }

    /**
     * Spreads a list over a new, finer rung below the others and empties it; false, leaving
     * it alone, if [lo, hi] is too narrow to divide.
     */
    private boolean split(int[] heads, int at, int count, double lo, double hi) {
        Rung rung = rungs[rungCount];
        if (!rung.reset(lo, hi, Math.max(1, count / ENTRIES_PER_BUCKET))) {
            return false;
        }
        rungCount++;
        int s0 = heads[at];
        int s1 = heads[at + 1];
        int s2 = heads[at + 2];
        int s3 = heads[at + 3];
        while ((s0 & s1 & s2 & s3) != -1) {
            s0 = s0 < 0 ? s0 : relink(s0, rung);
            s1 = s1 < 0 ? s1 : relink(s1, rung);
            s2 = s2 < 0 ? s2 : relink(s2, rung);
            s3 = s3 < 0 ? s3 : relink(s3, rung);
        }
        Arrays.fill(heads, at, at + LANES, -1);
        return true;
    }

    /** Moves one entry into its bucket of {@code rung}; returns the next slot of its old list. */
    private int relink(int slot, Rung rung) {
        int next = next(slot);
        int lane = LANES * rung.index(Double.longBitsToDouble(records[2 * slot])) + (slot & (LANES - 1));
        setNext(slot, rung.heads[lane]);
        rung.heads[lane] = slot;
        return next;
    }

    /** Appends a list's live entries to the bottom, unordered, frees cancelled ones, empties it. */
    private void moveToBottom(int[] heads, int at) {
        int s0 = heads[at];
        int s1 = heads[at + 1];
        int s2 = heads[at + 2];
        int s3 = heads[at + 3];
        while ((s0 & s1 & s2 & s3) != -1) {
            s0 = s0 < 0 ? s0 : toBottom(s0);
            s1 = s1 < 0 ? s1 : toBottom(s1);
            s2 = s2 < 0 ? s2 : toBottom(s2);
            s3 = s3 < 0 ? s3 : toBottom(s3);
        }
        Arrays.fill(heads, at, at + LANES, -1);
    }

    private int toBottom(int slot) {
        int next = next(slot);
        // Reading the action now, off the walk's chains of loads, caches it for the poll.
        if (actions[slot] == null) {
            cancelled--;
            freeSlots[freeCount++] = slot;
        } else {
            bottom.append(records[2 * slot], key(slot));
        }
        return next;
    }

    /** Turns the bottom into the lowest rung; false if that is not possible. */
    private boolean bottomToRung() {
        int n = bottom.size();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double time = Double.longBitsToDouble(bottom.time(i));
            lo = Math.min(lo, time);
            hi = Math.max(hi, time);
        }
        if (rungCount == MAX_RUNGS) {
            bottomLimit = 2 * n;
            return false;
        }
        for (int i = 0; i < n; i++) {
            push(spareHeads, 0, bottom.time(i), bottom.key(i));
        }
        boolean split = split(spareHeads, 0, n, lo, hi);
        Arrays.fill(spareHeads, -1);
        if (split) {
            bottom.clear();
            bottomLimit = BOTTOM_LIMIT;
            return true;
        }
        bottomLimit = 2 * n;
        return false;
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
            records = Arrays.copyOf(records, 2 * capacity);
            generations = Arrays.copyOf(generations, capacity);
            actions = Arrays.copyOf(actions, capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
        }
        generations[slotCount] = 1;
        return slotCount++;
    }

    /**
     * Drops every cancelled entry and gathers the live ones into the top, in linear time;
     * the next poll spreads them over fresh rungs.
     */
    private void compact() {
        System.arraycopy(topHeads, 0, spareHeads, 0, LANES);
        Arrays.fill(topHeads, -1);
        topCount = 0;
        topMin = Double.POSITIVE_INFINITY;
        topMax = Double.NEGATIVE_INFINITY;
        topStart = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < bottom.size(); i++) {
            gather(prepend(-1, bottom.time(i), bottom.key(i)));
        }
        bottom.clear();
        bottomLimit = BOTTOM_LIMIT;
        for (int r = 0; r < rungCount; r++) {
            Rung rung = rungs[r];
            for (int b = rung.current + 1; b < rung.buckets(); b++) {
                for (int lane = 0; lane < LANES; lane++) {
                    gather(rung.heads[LANES * b + lane]);
                }
            }
        }
        rungCount = 0;
        for (int lane = 0; lane < LANES; lane++) {
            gather(spareHeads[lane]);
        }
        Arrays.fill(spareHeads, -1);
        cancelled = 0;
    }

    /** Moves the live entries of a list into the top and frees the slots of cancelled ones. */
    private void gather(int head) {
        for (int slot = head; slot >= 0; ) {
            int next = next(slot);
            if (actions[slot] == null) {
                freeSlots[freeCount++] = slot;
            } else {
                double time = Double.longBitsToDouble(records[2 * slot]);
                push(topHeads, 0, records[2 * slot], key(slot));
                topCount++;
                topMin = Math.min(topMin, time);
                topMax = Math.max(topMax, time);
            }
            slot = next;
        }
    }

    /**
     * Gives pending entries fresh sequence numbers 0..n-1 in their (time, sequence) order,
     * once every 2^37 insertions, so sequences never overflow.
     */
    private void renumber() {
        compact();
        Integer[] order = new Integer[topCount];
        int n = 0;
        for (int head : topHeads) {
            for (int slot = head; slot >= 0; slot = next(slot)) {
                order[n++] = slot;
            }
        }
        long[] r = records;
        Arrays.sort(order, (a, b) -> {
            int byTime = Long.compare(r[2 * a], r[2 * b]);
            return byTime != 0 ? byTime : Long.compare(r[2 * a + 1] >>> LINK_BITS, r[2 * b + 1] >>> LINK_BITS);
        });
        for (int i = 0; i < n; i++) {
            int slot = order[i];
            records[2 * slot + 1] = ((long) i << LINK_BITS) | (records[2 * slot + 1] & LINK_MASK);
        }
        nextSequence = n;
    }
}
