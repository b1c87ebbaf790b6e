package org.gigasim.results;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.metrics.Dimension;

/**
 * Writes replication snapshots compactly, one after another on one stream: whole numbers as
 * variable-length integers, series values by {@link DoubleRuns}, and strings and sample grids
 * that recur (metric ids, dimension values, cells of {@code jobs.csv} and {@code contracts.csv},
 * time grids) as a reference to their first appearance in the stream. {@link SnapshotDecoder}
 * reads them back exactly, keeping the same tables, so the two must see the same snapshots in
 * the same order.
 *
 * <p>A snapshot: varint replication, varint events, varint series count; per series a string
 * (the metric id), eight strings (the dimension values in {@link Dimension} order), varint row
 * count, an array (the times), the values by {@link DoubleRuns}, an array (the weights); then
 * the rows of {@code jobs.csv} and of {@code contracts.csv} (varint count, per row varint cell
 * count and strings) and the lines of {@code trace.jsonl} (varint count, each as a new string
 * never entered in the table, since every line differs). A string is varint 0, then varint byte
 * count and UTF-8 bytes, for a new one, or varint k for the k-th string of the table; an array is
 * varint 0 and its doubles by {@link DoubleRuns} for a new one, or varint k for the k-th. Each
 * table keeps the first {@value #MAX_STRINGS} strings, and {@value #MAX_ARRAYS} arrays, it meets;
 * later new ones are written out each time, so memory stays bounded however long the stream.
 */
final class SnapshotEncoder {

    /** The most strings the table holds. */
    static final int MAX_STRINGS = 1 << 16;
    /** The most arrays the table holds. */
    static final int MAX_ARRAYS = 1 << 10;
    private static final Dimension[] DIMENSIONS = Dimension.values();

    private final ByteSink out = new ByteSink();
    private final Map<String, Integer> strings = new HashMap<>();
    /**
     * One bit per hash of the strings in the table, set when one enters it: a clear bit says a
     * string is new without a lookup in the table, which once full is far larger than a cache
     * (most cells of the rows, numbers, never recur).
     */
    private final long[] stringHashes = new long[1 << 14];
    private final Map<ArrayKey, Integer> arrays = new HashMap<>();
    /** Within one snapshot, the table index of each array instance already looked up (series share their grids). */
    private final Map<double[], Integer> arrayInstances = new IdentityHashMap<>();
    /**
     * Per place in a series key (the metric id, then each dimension), the last string written
     * there and its table index (-1 if it is not in the table): keys come in order, so a place
     * mostly holds the same string instance as in the series before, found without hashing it.
     */
    private final String[] lastKeyString = new String[1 + DIMENSIONS.length];
    private final int[] lastKeyIndex = new int[1 + DIMENSIONS.length];

    /** The bytes of {@code snapshot}, the tables as the snapshots encoded before left them. */
    byte[] encode(ReplicationSnapshot snapshot) {
        out.clear();
        arrayInstances.clear();
        write(snapshot);
        return out.toByteArray();
    }

    private void write(ReplicationSnapshot snapshot) {
        out.varint(snapshot.replication());
        out.varint(snapshot.eventsRun());
        out.varint(snapshot.series().size());
        for (SeriesSnapshot series : snapshot.series()) {
            writeKeyString(0, series.key().metric().id());
            for (int d = 0; d < DIMENSIONS.length; d++) {
                writeKeyString(1 + d, series.key().get(DIMENSIONS[d]));
            }
            out.varint(series.size());
            writeArray(series.times());
            DoubleRuns.write(out, series.values());
            writeArray(series.weights());
        }
        writeRows(snapshot.jobRows());
        writeRows(snapshot.contractRows());
        out.varint(snapshot.traceLines().size());
        for (String line : snapshot.traceLines()) {
            writeNewString(line);
        }
    }

    private void writeRows(List<String[]> rows) {
        out.varint(rows.size());
        for (String[] row : rows) {
            out.varint(row.length);
            for (String cell : row) {
                writeString(cell);
            }
        }
    }

    /** {@link #writeString} at place {@code place} of a series key, the same bytes. */
    private void writeKeyString(int place, String s) {
        if (s == lastKeyString[place] && lastKeyIndex[place] >= 0) {
            out.varint(lastKeyIndex[place] + 1);
            return;
        }
        lastKeyString[place] = s;
        lastKeyIndex[place] = writeString(s);
    }

    /** Writes {@code s}; returns its index in the table, or -1 if it is not in it. */
    private int writeString(String s) {
        int bit = hashBit(s);
        long mask = 1L << bit;
        Integer known = (stringHashes[bit >>> 6] & mask) == 0 ? null : strings.get(s);
        if (known != null) {
            out.varint(known + 1);
            return known;
        }
        int index = -1;
        if (strings.size() < MAX_STRINGS) {
            index = strings.size();
            strings.put(s, index);
            stringHashes[bit >>> 6] |= mask;
        }
        writeNewString(s);
        return index;
    }

    /** The bit of {@link #stringHashes} that stands for {@code s}. */
    private int hashBit(String s) {
        int h = s.hashCode();
        return (h ^ (h >>> 16)) & (64 * stringHashes.length - 1);
    }

    private void writeNewString(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.varint(0);
        out.varint(bytes.length);
        out.put(bytes);
    }

    private void writeArray(double[] array) {
        Integer known = arrayInstances.get(array);
        ArrayKey key = null;
        if (known == null) {
            key = new ArrayKey(array);
            known = arrays.get(key);
        }
        if (known != null) {
            arrayInstances.put(array, known);
            out.varint(known + 1);
            return;
        }
        if (arrays.size() < MAX_ARRAYS) {
            arrayInstances.put(array, arrays.size());
            arrays.put(key, arrays.size());
        }
        out.varint(0);
        DoubleRuns.write(out, array);
    }

    /** An array compared by its raw bits, so each distinct grid is written once and comes back exact. */
    record ArrayKey(double[] array) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof ArrayKey other) || other.array.length != array.length) {
                return false;
            }
            for (int i = 0; i < array.length; i++) {
                if (Double.doubleToRawLongBits(array[i]) != Double.doubleToRawLongBits(other.array[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(array);
        }
    }
}
