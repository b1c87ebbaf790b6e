package org.gigasim.results;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;

/**
 * {@code partial-result.bin}: a partial result on disk, written replication by replication
 * and read back the same way, so neither side holds more than one replication at a time.
 *
 * <p>Format version {@value #FORMAT_VERSION}, big-endian ({@link DataOutputStream}); a string is
 * an int byte count and its UTF-8 bytes; a double is its IEEE 754 bits, so values come back exact.
 * <ol>
 * <li>the magic bytes {@code GIGASIM-PARTIAL}, the int format version;
 * <li>the header: scenario, content SHA-256, resolved YAML, long seed, gigasim version, boolean
 *     trace, boolean keep-replications, int count and the overrides;
 * <li>int {@code from}, the first replication held;
 * <li>per replication, the byte 1, then int replication, long events, int series count and per
 *     series: the metric id, the eight dimension values in {@link Dimension} order, int row
 *     count, the times, the values and the weights. Times and weights are each an array
 *     reference: int −1 followed by the doubles for a new array, or the index of an equal array
 *     written before in this file (series share their sample grid). Then int count and the
 *     {@code jobs.csv} rows (int cell count, cells), the same for {@code contracts.csv}, and int
 *     count and the {@code trace.jsonl} lines;
 * <li>the byte 0, int {@code to} (one past the last replication held) and int replications in
 *     all (last, since a run that adds replications to reach a precision learns it at the end).
 * </ol>
 */
public final class PartialResultFile {

    /** The version of this format; a reader refuses any other. */
    public static final int FORMAT_VERSION = 1;
    private static final byte[] MAGIC = "GIGASIM-PARTIAL".getBytes(StandardCharsets.US_ASCII);

    private PartialResultFile() {
    }

    /** Writes the partial result {@code result} to {@code file}. */
    public static void write(Path file, PartialResult result) throws IOException {
        try (Writer writer = new Writer(file, result.header(), result.from())) {
            for (ReplicationSnapshot snapshot : result.replications()) {
                writer.append(snapshot);
            }
            writer.finish();
        }
    }

    /** Reads the whole partial result in {@code file}; for large ones, prefer {@link Reader}. */
    public static PartialResult read(Path file) throws IOException {
        try (Reader reader = new Reader(file)) {
            List<ReplicationSnapshot> all = new ArrayList<>();
            for (ReplicationSnapshot s = reader.next(); s != null; s = reader.next()) {
                all.add(s);
            }
            return new PartialResult(reader.header(), reader.from(), all);
        }
    }

    /** Writes replications one at a time; {@link #finish()} ends the file. */
    public static final class Writer implements Closeable {
        private final DataOutputStream out;
        private final Map<ArrayKey, Integer> arrays = new HashMap<>();
        private int replications;
        private int next;
        private boolean finished;

        /** Creates {@code file} with the header of a range starting at replication {@code from}. */
        public Writer(Path file, PartialHeader header, int from) throws IOException {
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            this.next = from;
            this.replications = header.replications();
            out.write(MAGIC);
            out.writeInt(FORMAT_VERSION);
            writeString(header.scenario());
            writeString(header.contentSha256());
            writeString(header.resolvedYaml());
            out.writeLong(header.seed());
            writeString(header.gigasimVersion());
            out.writeBoolean(header.trace());
            out.writeBoolean(header.keepReplications());
            out.writeInt(header.overrides().size());
            for (String o : header.overrides()) {
                writeString(o);
            }
            out.writeInt(from);
        }

        /** Appends the next replication; they must come in order. */
        public void append(ReplicationSnapshot snapshot) throws IOException {
            if (snapshot.replication() != next) {
                throw new IllegalArgumentException("replication " + snapshot.replication() + " written where "
                        + next + " was due");
            }
            next++;
            out.writeByte(1);
            out.writeInt(snapshot.replication());
            out.writeLong(snapshot.eventsRun());
            out.writeInt(snapshot.series().size());
            for (SeriesSnapshot series : snapshot.series()) {
                writeString(series.key().metric().id());
                for (Dimension d : Dimension.values()) {
                    writeString(series.key().get(d));
                }
                out.writeInt(series.size());
                writeArray(series.times());
                for (double v : series.values()) {
                    out.writeDouble(v);
                }
                writeArray(series.weights());
            }
            writeRows(snapshot.jobRows());
            writeRows(snapshot.contractRows());
            out.writeInt(snapshot.traceLines().size());
            for (String line : snapshot.traceLines()) {
                writeString(line);
            }
        }

        /** Raises the run's replications in all, for a run extended until it reaches a precision. */
        public void expectReplications(int newReplications) {
            replications = newReplications;
        }

        /** Ends the file with the range's end. */
        public void finish() throws IOException {
            out.writeByte(0);
            out.writeInt(next);
            out.writeInt(replications);
            out.flush();
            finished = true;
        }

        /** Closes the file; one not {@linkplain #finish() finished} is left unreadable. */
        @Override
        public void close() throws IOException {
            out.close();
        }

        /** Whether {@link #finish()} ran. */
        public boolean finished() {
            return finished;
        }

        private void writeArray(double[] array) throws IOException {
            Integer known = arrays.get(new ArrayKey(array));
            if (known != null) {
                out.writeInt(known);
                return;
            }
            arrays.put(new ArrayKey(array), arrays.size());
            out.writeInt(-1);
            for (double v : array) {
                out.writeDouble(v);
            }
        }

        private void writeRows(List<String[]> rows) throws IOException {
            out.writeInt(rows.size());
            for (String[] row : rows) {
                out.writeInt(row.length);
                for (String cell : row) {
                    writeString(cell);
                }
            }
        }

        private void writeString(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    /** Reads a partial result's header, then its replications one at a time. */
    public static final class Reader implements Closeable {
        private final Path file;
        private final DataInputStream in;
        private final PartialHeader header;
        private final int from;
        private final int to;
        private final int replications;
        private final List<double[]> arrays = new ArrayList<>();
        private boolean ended;

        /**
         * Opens {@code file} and reads its header and range.
         *
         * @throws IOException if it is not a partial result of this format version, or is cut short
         */
        public Reader(Path file) throws IOException {
            this.file = file;
            int[] end = readEnd(file);
            this.to = end[0];
            this.replications = end[1];
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            try {
                byte[] magic = in.readNBytes(MAGIC.length);
                if (!Arrays.equals(magic, MAGIC)) {
                    throw new IOException("not a gigasim partial result");
                }
                int version = in.readInt();
                if (version != FORMAT_VERSION) {
                    throw new IOException("partial result format version " + version + ", this gigasim reads "
                            + FORMAT_VERSION);
                }
                String scenario = readString();
                String sha = readString();
                String yaml = readString();
                long seed = in.readLong();
                String version2 = readString();
                boolean trace = in.readBoolean();
                boolean keep = in.readBoolean();
                int count = in.readInt();
                List<String> overrides = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    overrides.add(readString());
                }
                if (replications < 1) {
                    throw new IOException("damaged (a run of " + replications + " replications)");
                }
                this.header = new PartialHeader(scenario, sha, yaml, seed, replications, version2, trace, keep,
                        overrides);
                this.from = in.readInt();
                if (replications < 1 || from < 0 || to < from || to > replications) {
                    throw new IOException("replications " + from + " to " + to + " do not fit a run of " + replications);
                }
            } catch (EOFException e) {
                in.close();
                throw new IOException("cut short", e);
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        }

        public PartialHeader header() {
            return header;
        }

        /** The first replication held. */
        public int from() {
            return from;
        }

        /** One past the last replication held. */
        public int to() {
            return to;
        }

        /** The next replication, or null after the last. */
        public ReplicationSnapshot next() throws IOException {
            if (ended) {
                return null;
            }
            try {
                byte tag = in.readByte();
                if (tag == 0) {
                    ended = true;
                    return null;
                }
                if (tag != 1) {
                    throw new IOException("damaged (unexpected byte " + tag + ")");
                }
                int replication = in.readInt();
                long events = in.readLong();
                int count = in.readInt();
                List<SeriesSnapshot> series = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    series.add(readSeries());
                }
                List<String[]> jobs = readRows();
                List<String[]> contracts = readRows();
                int lines = in.readInt();
                List<String> trace = new ArrayList<>(lines);
                for (int i = 0; i < lines; i++) {
                    trace.add(readString());
                }
                return new ReplicationSnapshot(replication, events, series, jobs, contracts, trace);
            } catch (EOFException e) {
                throw new IOException("cut short", e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        /** The file it reads. */
        public Path file() {
            return file;
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
            int n = in.readInt();
            double[] times = readArray(n);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = in.readDouble();
            }
            double[] weights = readArray(n);
            return new SeriesSnapshot(key, times, values, weights);
        }

        private double[] readArray(int n) throws IOException {
            int ref = in.readInt();
            if (ref >= 0) {
                if (ref >= arrays.size() || arrays.get(ref).length != n) {
                    throw new IOException("damaged (bad array reference " + ref + ")");
                }
                return arrays.get(ref);
            }
            double[] array = new double[requireSize(n)];
            for (int i = 0; i < n; i++) {
                array[i] = in.readDouble();
            }
            arrays.add(array);
            return array;
        }

        private List<String[]> readRows() throws IOException {
            int count = requireSize(in.readInt());
            List<String[]> rows = new ArrayList<>(Math.min(count, 1 << 16));
            for (int r = 0; r < count; r++) {
                String[] row = new String[requireSize(in.readInt())];
                for (int c = 0; c < row.length; c++) {
                    row[c] = readString();
                }
                rows.add(row);
            }
            return rows;
        }

        private String readString() throws IOException {
            int length = requireSize(in.readInt());
            byte[] bytes = in.readNBytes(length);
            if (bytes.length != length) {
                throw new EOFException();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }

        private static int requireSize(int n) throws IOException {
            if (n < 0 || n > (1 << 28)) {
                throw new IOException("damaged (a length of " + n + ")");
            }
            return n;
        }

        /** The trailer: {@code to} and the replications in all, the last eight bytes after the end byte 0. */
        private static int[] readEnd(Path file) throws IOException {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = channel.size();
                if (size < MAGIC.length + 13) {
                    throw new IOException("cut short");
                }
                ByteBuffer end = ByteBuffer.allocate(9);
                channel.read(end, size - 9);
                end.flip();
                if (end.get() != 0) {
                    throw new IOException("cut short (no end mark)");
                }
                return new int[] {end.getInt(), end.getInt()};
            }
        }
    }

    /** An array compared by content, to write each distinct grid once. */
    private record ArrayKey(double[] array) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ArrayKey other && Arrays.equals(array, other.array);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(array);
        }
    }
}
