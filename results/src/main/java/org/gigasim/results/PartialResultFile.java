package org.gigasim.results;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code partial-result.bin}: a partial result on disk, written replication by replication
 * and read back the same way, so neither side holds more than one replication at a time.
 *
 * <p>Format version {@value #FORMAT_VERSION}, big-endian ({@link DataOutputStream}); in the header a
 * string is an int byte count and its UTF-8 bytes.
 * <ol>
 * <li>the magic bytes {@code GIGASIM-PARTIAL}, the int format version;
 * <li>the header: scenario, content SHA-256, resolved YAML, long seed, gigasim version, boolean
 *     trace, boolean keep-replications, int count and the overrides;
 * <li>int {@code from}, the first replication held; then the int CRC-32C of every byte so far;
 * <li>per replication, the byte 1, int byte count, then the snapshot as {@link SnapshotEncoder} writes it: series
 *     values by {@link DoubleRuns} (raw IEEE 754 bits, so values come back exact), strings and
 *     sample grids seen before in the file as references; then the int CRC-32C of the snapshot's bytes;
 * <li>the byte 0, int {@code to} (one past the last replication held) and int replications in
 *     all (last, since a run that adds replications to reach a precision learns it at the end);
 *     then the int CRC-32C of those nine bytes.
 * </ol>
 *
 * <p>The checksums make a damaged file refused, naming the damaged part, rather than read as
 * other figures: a flipped bit in a value would otherwise change a merged or extended result
 * without a word.
 *
 * <p>No general-purpose compressor is used: the encoding is this class's own, so the same
 * replications give the same bytes on every JVM, whatever zlib it links. Version 1 wrote every
 * double in 8 bytes and was about seven times larger; version 2 had no checksums. This version
 * reads only version 3.
 */
public final class PartialResultFile {

    /** The version of this format; a reader refuses any other. */
    public static final int FORMAT_VERSION = 3;
    static final byte[] MAGIC = "GIGASIM-PARTIAL".getBytes(StandardCharsets.US_ASCII);

    private PartialResultFile() {
    }

    /** The CRC-32C of {@code length} bytes of {@code bytes} from {@code offset}, as the file stores it. */
    static int checksum(byte[] bytes, int offset, int length) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    /** Writes the partial result {@code result} to {@code file}. */
    public static void write(Path file, PartialResult result) throws IOException {
        try (PartialResultWriter writer = new PartialResultWriter(file, result.header(), result.from())) {
            for (ReplicationSnapshot snapshot : result.replications()) {
                writer.append(snapshot);
            }
            writer.finish();
        }
    }

    /** Reads the whole partial result in {@code file}; for large ones, prefer {@link PartialResultReader}. */
    public static PartialResult read(Path file) throws IOException {
        try (PartialResultReader reader = new PartialResultReader(file)) {
            List<ReplicationSnapshot> all = new ArrayList<>();
            for (ReplicationSnapshot s = reader.next(); s != null; s = reader.next()) {
                all.add(s);
            }
            return new PartialResult(reader.header(), reader.from(), all);
        }
    }
}
