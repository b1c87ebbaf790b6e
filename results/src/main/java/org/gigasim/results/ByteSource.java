package org.gigasim.results;

import java.io.EOFException;

/** Reads a byte array from the front, unsynchronized: what {@link SnapshotDecoder} reads from. */
final class ByteSource {

    private final byte[] bytes;
    private int position;

    ByteSource(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The next byte, from 0 to 255. */
    int get() throws EOFException {
        if (position >= bytes.length) {
            throw new EOFException("cut short");
        }
        return bytes[position++] & 0xFF;
    }

    /** The next {@code n} bytes. */
    byte[] get(int n) throws EOFException {
        if (n > bytes.length - position) {
            throw new EOFException("cut short");
        }
        byte[] out = new byte[n];
        System.arraycopy(bytes, position, out, 0, n);
        position += n;
        return out;
    }

    /** A varint written by {@link ByteSink#varint}. */
    long varint() throws java.io.IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = get();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new java.io.IOException("damaged (a number of more than ten bytes)");
    }

    /** How many bytes are left. */
    int remaining() {
        return bytes.length - position;
    }
}
