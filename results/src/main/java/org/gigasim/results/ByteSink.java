package org.gigasim.results;

import java.util.Arrays;

/** A growable byte array written from the front, unsynchronized: what {@link SnapshotEncoder} writes into. */
final class ByteSink {

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
        if (size + 1 + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + 1 + length));
        }
        byte[] to = bytes;
        int at = size;
        to[at++] = (byte) control;
        for (int shift = 8 * (7 - from); shift > 8 * (7 - from - length); shift -= 8) {
            to[at++] = (byte) (bits >>> shift);
        }
        size = at;
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
