package org.gigasim.results;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a {@link PartialResultFile} replication by replication; {@link #finish()} ends the file. */
public final class PartialResultWriter implements Closeable {
    private final DataOutputStream out;
    private final SnapshotEncoder snapshots;
    private int replications;
    private int next;
    private boolean finished;

    /** Creates {@code file} with the header of a range starting at replication {@code from}. */
    public PartialResultWriter(Path file, PartialHeader header, int from) throws IOException {
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        this.next = from;
        this.replications = header.replications();
        this.snapshots = new SnapshotEncoder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(bytes);
        head.write(PartialResultFile.MAGIC);
        head.writeInt(PartialResultFile.FORMAT_VERSION);
        writeString(head, header.scenario());
        writeString(head, header.contentSha256());
        writeString(head, header.resolvedYaml());
        head.writeLong(header.seed());
        writeString(head, header.gigasimVersion());
        head.writeBoolean(header.trace());
        head.writeBoolean(header.keepReplications());
        head.writeInt(header.overrides().size());
        for (String o : header.overrides()) {
            writeString(head, o);
        }
        head.writeInt(from);
        writeChecked(bytes.toByteArray());
    }

    /** Appends the next replication; they must come in order. */
    public void append(ReplicationSnapshot snapshot) throws IOException {
        if (snapshot.replication() != next) {
            throw new IllegalArgumentException("replication " + snapshot.replication() + " written where "
                    + next + " was due");
        }
        next++;
        byte[] bytes = snapshots.encode(snapshot);
        out.writeByte(1);
        out.writeInt(bytes.length);
        writeChecked(bytes);
    }

    /** Raises the run's replications in all, for a run extended until it reaches a precision. */
    public void expectReplications(int newReplications) {
        replications = newReplications;
    }

    /** Ends the file with the range's end. */
    public void finish() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream end = new DataOutputStream(bytes);
        end.writeByte(0);
        end.writeInt(next);
        end.writeInt(replications);
        writeChecked(bytes.toByteArray());
        out.flush();
        finished = true;
    }

    /** Writes {@code bytes} and their CRC-32C, so a reader knows a damaged part from a whole one. */
    private void writeChecked(byte[] bytes) throws IOException {
        out.write(bytes);
        out.writeInt(PartialResultFile.checksum(bytes, 0, bytes.length));
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

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
