package org.gigasim.results;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
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
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;

/** Reads a {@link PartialResultFile}: its header and range first, then its replications one at a time. */
public final class PartialResultReader implements Closeable {
    private final Path file;
    private final DataInputStream in;
    private final PartialHeader header;
    private final int from;
    private final int to;
    private final int replications;
    private final SnapshotDecoder snapshots;
    /** The replication the next record holds. */
    private int next;
    private boolean ended;

    /**
     * Opens {@code file} and reads its header and range.
     *
     * @throws IOException if it is not a partial result of this format version, or is cut short
     */
    public PartialResultReader(Path file) throws IOException {
        this.file = file;
        int[] end = readEnd(file);
        this.to = end[0];
        this.replications = end[1];
        CRC32C headerCrc = new CRC32C();
        this.in = new DataInputStream(new CheckedInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16), headerCrc));
        this.snapshots = new SnapshotDecoder();
        try {
            byte[] magic = in.readNBytes(PartialResultFile.MAGIC.length);
            if (!Arrays.equals(magic, PartialResultFile.MAGIC)) {
                throw new IOException("not a gigasim partial result");
            }
            int version = in.readInt();
            if (version != PartialResultFile.FORMAT_VERSION) {
                throw new IOException("partial result format version " + version + ", this gigasim reads "
                        + PartialResultFile.FORMAT_VERSION);
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
            int computed = (int) headerCrc.getValue();
            if (in.readInt() != computed) {
                throw new IOException("damaged (its header fails its checksum)");
            }
            this.next = from;
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
            int length = requireSize(in.readInt());
            byte[] bytes = in.readNBytes(length);
            if (bytes.length != length) {
                throw new EOFException();
            }
            if (in.readInt() != PartialResultFile.checksum(bytes, 0, length)) {
                throw new IOException("damaged (the record of replication " + next + " fails its checksum)");
            }
            next++;
            return snapshots.decode(bytes);
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

    /**
     * The trailer: {@code to} and the replications in all, the eight bytes after the end byte 0,
     * followed by their checksum, at the end of the file.
     */
    private static int[] readEnd(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < PartialResultFile.MAGIC.length + 21) {
                throw new IOException("cut short");
            }
            ByteBuffer end = ByteBuffer.allocate(13);
            while (end.hasRemaining() && channel.read(end, size - 13 + end.position()) > 0) {
                // FileChannel may read less than asked; read on until the trailer is whole.
            }
            byte[] bytes = end.array();
            if (bytes[0] != 0 || ByteBuffer.wrap(bytes, 9, 4).getInt() != PartialResultFile.checksum(bytes, 0, 9)) {
                throw new IOException("cut short or damaged (its end mark fails its checksum)");
            }
            ByteBuffer fields = ByteBuffer.wrap(bytes, 1, 8);
            return new int[] {fields.getInt(), fields.getInt()};
        }
    }
}
