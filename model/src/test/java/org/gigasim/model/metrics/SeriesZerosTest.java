package org.gigasim.model.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * A grid series holds no values until its first one other than zero; the rows before it
 * read zero, and a negative zero keeps its sign.
 */
class SeriesZerosTest {

    private static final double[] GRID = {0, 24, 48, 72, 96};

    @Test
    void rowsBeforeTheFirstValueOtherThanZeroReadZero() {
        Series series = new Series(GRID, 1, false);
        series.add(24, 0, 0);
        series.add(48, 0, 0);
        series.add(72, 3.5, 0);
        series.add(96, 0, 0);
        assertEquals(4, series.size());
        assertEquals(0, series.value(0));
        assertEquals(0, series.value(1));
        assertEquals(3.5, series.value(2));
        assertEquals(0, series.value(3));
        assertEquals(24, series.weight(2));
    }

    @Test
    void aSeriesOfZerosReadsZerosAndStillChecksItsRows() {
        Series series = new Series(GRID, 0, true);
        series.add(0, 0, 0);
        series.add(24, 0, 2);
        assertEquals(0, series.value(1));
        assertEquals(2, series.weight(1), "its own weights are kept whatever the values");
        assertThrows(IndexOutOfBoundsException.class, () -> series.value(5));
        assertThrows(IllegalStateException.class, () -> series.add(72, 0, 0), "off the grid, zero or not");
    }

    @Test
    void aNegativeZeroKeepsItsSign() {
        Series series = new Series(GRID, 0, false);
        series.add(0, -0.0, 0);
        series.add(24, 0.0, 0);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(series.value(0)));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(series.value(1)));
    }

    @Test
    void valuesCopiesTheRowsWrittenSoFarZerosIncluded() {
        Series zeros = new Series(GRID, 1, false);
        zeros.add(24, 0, 0);
        zeros.add(48, 0, 0);
        assertArrayEquals(new double[] {0, 0}, zeros.values(), "two rows of the four the grid leaves room for");

        Series some = new Series(GRID, 0, false);
        some.add(0, 0, 0);
        some.add(24, 2.5, 0);
        some.add(48, -1.25, 0);
        double[] copy = some.values();
        assertArrayEquals(new double[] {0, 2.5, -1.25}, copy);
        copy[1] = 99;
        assertEquals(2.5, some.value(1), "a copy: the series keeps its rows");

        Series own = new Series();
        own.add(3, 7.5, 3);
        assertArrayEquals(new double[] {7.5}, own.values(), "only the rows written, not the room after them");
    }
}
