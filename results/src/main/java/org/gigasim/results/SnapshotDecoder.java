package org.gigasim.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;

/**
 * Reads the snapshots a {@link SnapshotEncoder} wrote, in the same order, keeping the same
 * tables of strings and arrays. Arrays read from the table are shared between the series
 * and snapshots that use them; nobody writes into them.
 */
final class SnapshotDecoder {

    /** The longest string or list it accepts, so a damaged count fails at once rather than by running out of memory. */
    private static final int MAX_SIZE = 1 << 28;

    private ByteSource in;
    private final List<String> strings = new ArrayList<>();
    private final List<double[]> arrays = new ArrayList<>();

    /**
     * The snapshot in {@code bytes}, the next one the encoder encoded.
     *
     * @throws IOException if the bytes are damaged or hold more than one snapshot
     */
    ReplicationSnapshot decode(byte[] bytes) throws IOException {
        in = new ByteSource(bytes);
        ReplicationSnapshot snapshot = read();
        if (in.remaining() != 0) {
            throw new IOException("damaged (" + in.remaining() + " bytes after a snapshot)");
        }
        return snapshot;
    }

    private ReplicationSnapshot read() throws IOException {
        int replication = size(in.varint());
        long events = in.varint();
        int count = size(in.varint());
        List<SeriesSnapshot> series = new ArrayList<>(Math.min(count, 1 << 16));
        for (int i = 0; i < count; i++) {
            series.add(readSeries());
        }
        List<String[]> jobs = readRows();
        List<String[]> contracts = readRows();
        int lines = size(in.varint());
        List<String> trace = new ArrayList<>(Math.min(lines, 1 << 16));
        for (int i = 0; i < lines; i++) {
            if (in.varint() != 0) {
                throw new IOException("damaged (a trace line by reference)");
            }
            trace.add(readNewString());
        }
        return new ReplicationSnapshot(replication, events, series, jobs, contracts, trace);
    }

    private SeriesSnapshot readSeries() throws IOException {
        String id = readString();
        Metric metric = Metric.byId(id).orElseThrow(() -> new IOException("unknown metric '" + id + "'"));
        String[] dims = new String[Dimension.values().length];
        for (int d = 0; d < dims.length; d++) {
            dims[d] = readString();
        }
        SeriesKey key = new SeriesKey(metric, dims[0], dims[1], dims[2], dims[3], dims[4], dims[5], dims[6],
                dims[7]);
        int n = size(in.varint());
        double[] times = readArray(n);
        double[] values = DoubleRuns.read(in, n);
        double[] weights = readArray(n);
        return new SeriesSnapshot(key, times, values, weights);
    }

    private List<String[]> readRows() throws IOException {
        int count = size(in.varint());
        List<String[]> rows = new ArrayList<>(Math.min(count, 1 << 16));
        for (int r = 0; r < count; r++) {
            String[] row = new String[size(in.varint())];
            for (int c = 0; c < row.length; c++) {
                row[c] = readString();
            }
            rows.add(row);
        }
        return rows;
    }

    private String readString() throws IOException {
        long ref = in.varint();
        if (ref > 0) {
            if (ref > strings.size()) {
                throw new IOException("damaged (string reference " + ref + " of " + strings.size() + ")");
            }
            return strings.get((int) ref - 1);
        }
        String s = readNewString();
        if (strings.size() < SnapshotEncoder.MAX_STRINGS) {
            strings.add(s);
        }
        return s;
    }

    private String readNewString() throws IOException {
        return new String(in.get(size(in.varint())), StandardCharsets.UTF_8);
    }

    private double[] readArray(int n) throws IOException {
        long ref = in.varint();
        if (ref > 0) {
            if (ref > arrays.size() || arrays.get((int) ref - 1).length != n) {
                throw new IOException("damaged (bad array reference " + ref + ")");
            }
            return arrays.get((int) ref - 1);
        }
        double[] array = DoubleRuns.read(in, n);
        if (arrays.size() < SnapshotEncoder.MAX_ARRAYS) {
            arrays.add(array);
        }
        return array;
    }

    private static int size(long n) throws IOException {
        if (n < 0 || n > MAX_SIZE) {
            throw new IOException("damaged (a length of " + n + ")");
        }
        return (int) n;
    }
}
