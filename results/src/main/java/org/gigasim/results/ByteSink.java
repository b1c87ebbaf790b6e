package org.gigasim.results;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/** A growable byte array written from the front, unsynchronized: what {@link SnapshotEncoder} writes into. */
final class ByteSink {

    /** Eight bytes of a {@code byte[]} read as one big-endian long. */
    private static final VarHandle LONG_BIG_ENDIAN = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.BIG_ENDIAN);

    private byte[] bytes = new byte[1 << 12];
    private int size;

    /** Appends the low eight bits of {@code b}. */
    void put(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, 2 * size);
        }
        bytes[size++] = (byte) b;
    }

    /**
     * Appends {@code control}, then {@code length} bytes of {@code bits} from its byte
     * {@code from} on (byte 0 the most significant): one capacity check for a whole value.
     */
    void put(int control, long bits, int from, int length) {
        // Room for the control byte and all eight bytes of the long, of which only `length` count.
        if (size + 9 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + 9));
        }
        bytes[size] = (byte) control;
        // Shifted so that byte `from` comes first; the bytes after the `length` kept are overwritten by what follows.
        LONG_BIG_ENDIAN.set(bytes, size + 1, bits << (8 * from));
        size += 1 + length;
    }

    /** Appends {@code more}. */
    void put(byte[] more) {
        if (size + more.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more.length));
        }
        System.arraycopy(more, 0, bytes, size, more.length);
        size += more.length;
    }

    /** Appends {@code value} (not negative) seven bits a byte, least significant first, the high bit saying more follow. */
    void varint(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a varint is not negative, was " + value);
        }
        while (value >= 0x80) {
            put((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        put((int) value);
    }

    /** What was written since the last {@link #clear()}. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Forgets what was written, keeping the memory. */
    void clear() {
        size = 0;
    }
}
