package org.gigasim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void numbersKeepTwelveSignificantDigitsWithoutNoise() {
        assertEquals("3170", Cells.number(3170.0000000000005));
        assertEquals("0.3", Cells.number(0.1 + 0.2));
        assertEquals("0.125", Cells.number(0.125));
        assertEquals("720", Cells.number(720));
        assertEquals("0", Cells.number(-0.0));
        assertEquals("-2.5", Cells.number(-2.5));
        assertEquals("0.333333333333", Cells.number(1.0 / 3));
        assertEquals("123456789012", Cells.number(123456789012.4));
        assertEquals("625000000000", Cells.number(6.25e11));
        assertEquals("1234567890120000", Cells.number(1234567890123456.0));
    }

    @Test
    void tinyAndHugeNumbersAreScientificAndNonFiniteAreEmpty() {
        assertEquals("1.5E-17", Cells.number(1.5e-17));
        assertEquals("0.000001", Cells.number(1e-6));
        assertEquals("1E+25", Cells.number(1e25));
        assertEquals("", Cells.number(Double.NaN));
        assertEquals("", Cells.number(Double.POSITIVE_INFINITY));
    }

    @Test
    void everyWrittenNumberReadsBackWithinTwelveDigits() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-15, 20));
            double back = Double.parseDouble(Cells.number(v));
            assertEquals(v, back, Math.abs(v) * 5e-12, Cells.number(v));
        }
    }
}
