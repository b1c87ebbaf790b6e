package org.gigasim.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Series values survive {@link DoubleRuns} bit for bit, in bytes that follow from the format alone. */
class DoubleRunsTest {

    @Test
    void theBytesAreTheFormatsByHand() throws IOException {
        // The value before the first is 0.0, so two leading zeros are two repeats: 01. 1.0 (3FF0 0000 0000 0000)
        // against 0: no leading zero byte, two bytes. Two repeats: one byte. 2.0 (4000...) XOR 1.0 = 7FF0 0000...:
        // two bytes again. Then three zeros after a value: one zero-run byte, 11 000010.
        assertEquals("01813ff001817ff0c2", hex(0, 0, 1.0, 1.0, 1.0, 2.0, 0, 0, 0));
        // 1.5 (3FF8...) after 1.0: XOR 0008 0000 0000 0000, one leading zero byte, one byte: 10 001 000.
        assertEquals("813ff08808", hex(1.0, 1.5));
    }

    @Test
    void aValueWrittenAcrossTheSinksGrowthKeepsEveryByte() {
        ByteSink sink = new ByteSink();
        for (int i = 0; i < 4_094; i++) {
            sink.put(0);
        }
        // 4,094 bytes of 4,096: the control byte and the first fits, the rest need the sink to grow.
        sink.put(0x8b, 0x0011_2233_4455_6677L, 1, 4);
        byte[] bytes = sink.toByteArray();
        assertEquals(4_099, bytes.length);
        assertEquals("8b11223344", HexFormat.of().formatHex(Arrays.copyOfRange(bytes, 4_094, 4_099)));
    }

    @Test
    void onlyTheBytesAskedForAreKept() {
        ByteSink sink = new ByteSink();
        // Two bytes of the long from its first on (11 22), though the sink may touch the six after them.
        sink.put(0x81, 0x1122_3344_5566_7788L, 0, 2);
        sink.put(0x07);
        // Three bytes from its fifth on (55 66 77), then the end.
        sink.put(0x9a, 0x1122_3344_5566_7788L, 4, 3);
        assertEquals("81112207" + "9a556677", HexFormat.of().formatHex(sink.toByteArray()));
    }

    @Test
    void everyBitComesBack() throws IOException {
        double nanWithPayload = Double.longBitsToDouble(0x7ff8_0000_dead_beefL);
        double[] edge = {-0.0, 0.0, 0.0, nanWithPayload, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE,
            -Double.MAX_VALUE, 0.1 + 0.2, 0.3, 0.3, -0.0};
        assertArrayEquals(bits(edge), bits(roundTrip(edge)));
        double[] noise = new SplittableRandom(7).doubles(5000, -1e12, 1e12).toArray();
        assertArrayEquals(bits(noise), bits(roundTrip(noise)));
    }

    @Test
    void longRunsSpanSeveralControlBytes() throws IOException {
        double[] values = new double[1000];
        Arrays.fill(values, 300, 900, 42.5);   // 300 zeros, 42.5 and 599 repeats of it, 100 zeros
        assertArrayEquals(bits(values), bits(roundTrip(values)));
        // 300 zeros repeating the 0.0 before the first: 128 a byte, 3 bytes. 42.5 (4045 4000 0000 0000): 3 bytes and
        // the control byte. 599 repeats: 5 bytes. 100 zeros after a value: 64 a byte, 2 bytes.
        assertEquals(3 + 4 + 5 + 2, encode(values).length);
    }

    @Test
    void aRunPastTheEndIsRefused() {
        byte[] tenZeros = {(byte) 0xC9};
        assertThrows(IOException.class, () -> DoubleRuns.read(new ByteSource(tenZeros), 3));
    }

    private static String hex(double... values) throws IOException {
        return HexFormat.of().formatHex(encode(values));
    }

    private static byte[] encode(double[] values) throws IOException {
        ByteSink bytes = new ByteSink();
        DoubleRuns.write(bytes, values);
        return bytes.toByteArray();
    }

    private static double[] roundTrip(double[] values) throws IOException {
        ByteSource in = new ByteSource(encode(values));
        double[] read = DoubleRuns.read(in, values.length);
        assertEquals(0, in.remaining());
        return read;
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
