package org.gigasim.model.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Series kept in a sample table read back exactly what a series of their own would hold. */
class SampleTableTest {

    @Test
    void eachSeriesReadsItsColumnFromItsFirstRowOn() {
        double[] grid = {0, 24, 48, 72};
        SampleTable table = new SampleTable(grid);
        Series level = table.series(1);
        Series stock = table.series(0);
        double[] row0 = table.beginRow();
        row0[stock.column()] = 7.5; // a level has no row at time 0; a stock has
        double[] row1 = table.beginRow();
        row1[level.column()] = 2.25;
        row1[stock.column()] = -0.0;
        Series late = table.series(3); // created between the second and third samples
        double[] row2 = table.beginRow();
        row2[level.column()] = 4.0;
        double[] row3 = table.beginRow();
        row3[late.column()] = 9.0;
        table.finish();

        assertArrayEquals(new double[] {2.25, 4.0, 0}, level.values());
        assertArrayEquals(new double[] {7.5, -0.0, 0, 0}, stock.values());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(stock.value(1)),
                "a -0.0 keeps its sign");
        assertArrayEquals(new double[] {9.0}, late.values());
        assertEquals(72, late.time(0));
        assertEquals(24, late.weight(0));
        assertEquals(3, level.size());
        assertEquals(24, level.weight(1));
    }

    @Test
    void aSeriesReadBeforeTheTableFinishesFinishesIt() {
        SampleTable table = new SampleTable(new double[] {0, 10});
        Series series = table.series(0);
        table.beginRow()[series.column()] = 3;
        assertEquals(1, series.size());
        assertEquals(3, series.value(0));
        assertThrows(IllegalStateException.class, table::beginRow, "a finished table takes no more rows");
        assertThrows(IllegalStateException.class, () -> table.series(0));
        assertThrows(IllegalStateException.class, () -> series.add(10, 1, 10),
                "its rows go through the table, not through add");
    }

    @Test
    void moreSamplesThanSampleTimesAreRefused() {
        SampleTable table = new SampleTable(new double[] {0, 10});
        table.beginRow();
        table.beginRow();
        IllegalStateException e = assertThrows(IllegalStateException.class, table::beginRow);
        assertEquals("more samples than sample times (2)", e.getMessage());
    }

    @Test
    void aColumnOfPositiveZerosKeepsNoValuesYetReadsAsZeros() {
        SampleTable table = new SampleTable(new double[] {1, 2, 3});
        Series zeros = table.series(0);
        for (int i = 0; i < 3; i++) {
            table.beginRow()[zeros.column()] = 0.0;
        }
        table.finish();
        assertArrayEquals(new double[3], zeros.values());
        assertEquals(0, zeros.value(2));
        assertThrows(IndexOutOfBoundsException.class, () -> zeros.value(3), "past the grid, as a series of its own");
    }

    /**
     * Across chunk boundaries, with series joining at random samples and values that include
     * both zeros and NaN: every series of the table holds, bit for bit, what a series of its own
     * given the same rows holds, and as many.
     */
    @Property(tries = 200)
    void aTableGivesEachSeriesTheRowsASeriesOfItsOwnWouldHold(@ForAll @IntRange(min = 1, max = 150) int samples,
            @ForAll @IntRange(min = 1, max = 40) int seriesCount, @ForAll @LongRange long seed) {
        java.util.Random random = new java.util.Random(seed);
        double[] grid = new double[samples];
        for (int i = 0; i < samples; i++) {
            grid[i] = 7.0 * i;
        }
        SampleTable table = new SampleTable(grid);
        List<Series> inTable = new ArrayList<>();
        List<Series> ownRows = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int[] joinsBefore = new int[seriesCount];
        for (int s = 0; s < seriesCount; s++) {
            joinsBefore[s] = random.nextInt(samples + 1);
        }
        for (int i = 0; i <= samples; i++) {
            for (int s = 0; s < seriesCount; s++) {
                if (joinsBefore[s] == i) {
                    // A series that joins before the first sample may start at the grid's second time, as a level does.
                    int offset = i == 0 && random.nextBoolean() ? 1 : i;
                    inTable.add(table.series(offset));
                    ownRows.add(new Series(grid, offset, false));
                    offsets.add(offset);
                }
            }
            if (i == samples) {
                break;
            }
            double[] row = table.beginRow();
            for (int s = 0; s < inTable.size(); s++) {
                if (i >= offsets.get(s)) {
                    double value = draw(random);
                    row[inTable.get(s).column()] = value;
                    ownRows.get(s).add(grid[i], value, 0);
                }
            }
        }
        table.finish();
        for (int s = 0; s < inTable.size(); s++) {
            Series a = inTable.get(s);
            Series b = ownRows.get(s);
            assertEquals(b.size(), a.size());
            double[] av = a.values();
            double[] bv = b.values();
            for (int i = 0; i < bv.length; i++) {
                assertEquals(Double.doubleToRawLongBits(bv[i]), Double.doubleToRawLongBits(av[i]), "row " + i);
            }
            for (int i = bv.length; i < grid.length - offsets.get(s); i++) {
                assertEquals(b.value(i), a.value(i), "a row not taken reads as its own series reads it");
            }
        }
    }

    private static double draw(java.util.Random random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> 0.0;
            case 2 -> -0.0;
            case 3 -> Double.NaN;
            default -> random.nextGaussian() * 1e6;
        };
    }
}
