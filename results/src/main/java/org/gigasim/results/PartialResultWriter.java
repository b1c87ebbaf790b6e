package org.gigasim.results;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.metrics.Dimension;

/** Writes a {@link PartialResultFile} replication by replication; {@link #finish()} ends the file. */
public final class PartialResultWriter implements Closeable {
    private final DataOutputStream out;
    private final Map<ArrayKey, Integer> arrays = new HashMap<>();
    private int replications;
    private int next;
    private boolean finished;

    /** Creates {@code file} with the header of a range starting at replication {@code from}. */
    public PartialResultWriter(Path file, PartialHeader header, int from) throws IOException {
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        this.next = from;
        this.replications = header.replications();
        out.write(PartialResultFile.MAGIC);
        out.writeInt(PartialResultFile.FORMAT_VERSION);
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
