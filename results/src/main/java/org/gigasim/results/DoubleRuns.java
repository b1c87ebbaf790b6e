package org.gigasim.results;

import java.io.IOException;

/**
 * A lossless byte encoding of a series of doubles, after the XOR scheme of Facebook's
 * Gorilla time-series store but aligned on bytes: each value is compared with the one before
 * it (the first with 0.0), and what is written is one control byte, then for a changed value
 * only the bytes of the XOR of the two bit patterns that are not zero at either end. Sampled
 * model series mostly hold their value from one sample to the next or are zero, so runs of
 * repeats and of zeros cost one byte per run.
 *
 * <p>Control bytes: {@code 0x00}–{@code 0x7F}, the value before repeated 1 to 128 times;
 * {@code 0x80}–{@code 0xBF}, {@code 10 LLL NNN}: a new value whose XOR with the one before has
 * L leading zero bytes and N + 1 bytes following, most significant first; {@code 0xC0}–
 * {@code 0xFF}, 1 to 64 values whose bits are all zero ({@code +0.0}). Values keep their raw
 * bits ({@link Double#doubleToRawLongBits}), NaN payloads and the sign of zero included, so they
 * come back exact. Nothing is compressed by a library, so the bytes depend on the values only.
 */
final class DoubleRuns {

    private static final int MAX_REPEATS = 128;
    private static final int MAX_ZEROS = 64;
    private static final int XOR = 0x80;
    private static final int ZEROS = 0xC0;

    private DoubleRuns() {
    }

    /** Writes {@code values} (the reader must know how many). */
    static void write(ByteSink out, double[] values) {
        long previous = 0;
        int i = 0;
        while (i < values.length) {
            long bits = Double.doubleToRawLongBits(values[i]);
            if (bits == previous) {
                int run = 1;
                while (run < MAX_REPEATS && i + run < values.length
                        && Double.doubleToRawLongBits(values[i + run]) == previous) {
                    run++;
                }
                out.put(run - 1);
                i += run;
            } else if (bits == 0) {
                int run = 1;
                while (run < MAX_ZEROS && i + run < values.length && Double.doubleToRawLongBits(values[i + run]) == 0) {
                    run++;
                }
                out.put(ZEROS | (run - 1));
                previous = 0;
                i += run;
            } else {
                long xor = bits ^ previous;
                int leading = Long.numberOfLeadingZeros(xor) / 8;
                int trailing = Long.numberOfTrailingZeros(xor) / 8;
                int length = 8 - leading - trailing;
                out.put(XOR | leading << 3 | (length - 1), xor, leading, length);
                previous = bits;
                i++;
            }
        }
    }

    /** Reads {@code count} values written by {@link #write}. */
    static double[] read(ByteSource in, int count) throws IOException {
        double[] values = new double[count];
        long previous = 0;
        int i = 0;
        while (i < count) {
            int control = in.get();
            if (control < XOR) {
                i = fill(values, i, control + 1, previous);
            } else if (control >= ZEROS) {
                previous = 0;
                i = fill(values, i, control - ZEROS + 1, previous);
            } else {
                int leading = (control >>> 3) & 7;
                int length = (control & 7) + 1;
                if (leading + length > 8) {
                    throw new IOException("damaged (a value of " + leading + " + " + length + " bytes)");
                }
                long xor = 0;
                for (int b = 0; b < length; b++) {
                    xor |= (long) in.get() << (8 * (7 - leading - b));
                }
                previous ^= xor;
                values[i++] = Double.longBitsToDouble(previous);
            }
        }
        return values;
    }

    private static int fill(double[] values, int from, int run, long bits) throws IOException {
        if (from + run > values.length) {
            throw new IOException("damaged (a run past the series' end)");
        }
        double value = Double.longBitsToDouble(bits);
        for (int j = from; j < from + run; j++) {
            values[j] = value;
        }
        return from + run;
    }
}
