package org.gigasim.model.metrics;

import java.util.Arrays;

/**
 * The rows of a world's grid series while it runs, written a sample at a time: one row per
 * sample, one column per series. A sample writes the row of every series it closes (hundreds
 * of them) side by side in one array, instead of appending to as many arrays of their own;
 * every {@value #CHUNK} samples the rows are copied into the series' own arrays, a few
 * columns at a time, while they are still in the processor's cache. Each series gets exactly
 * the values it was given; a column that only ever held +0.0 gives its series no array, as
 * {@link Series} keeps one only from its first other value.
 *
 * <p>A series of the table has a row at every sample from its first (its offset in the grid)
 * on: a cell never written holds zero, so a series created after some samples were taken reads
 * zero for them, and a sample that writes no row of it (a level's at time 0) gives it zero.
 */
public final class SampleTable {

    /** Rows kept before they are copied to the series: small enough to stay in a core's cache. */
    private static final int CHUNK = 32;
    /** Columns copied together: one pass over the rows fills this many series. */
    private static final int BLOCK = 16;

    private final double[] grid;
    private Series[] series = new Series[64];
    private int[] offsets = new int[64];
    /** Per column, its series' values once a cell other than +0.0 came; null before. */
    private double[][] values = new double[64][];
    private int columns;
    /** The rows of the current chunk, how many columns each had when it began, and how many began. */
    private final double[][] chunk = new double[CHUNK][];
    private final int[] widths = new int[CHUNK];
    private int inChunk;
    /** The sample index of the chunk's first row, and of the next row to begin. */
    private int chunkStart;
    private boolean finished;

    /** @param grid every sample time of the run, in order */
    public SampleTable(double[] grid) {
        this.grid = grid;
    }

    /** A new series of the table whose first row is the sample at {@code grid[offset]}. */
    public Series series(int offset) {
        checkOpen();
        if (columns == series.length) {
            int n = 2 * columns;
            series = Arrays.copyOf(series, n);
            offsets = Arrays.copyOf(offsets, n);
            values = Arrays.copyOf(values, n);
        }
        Series created = new Series(grid, offset, this, columns);
        series[columns] = created;
        offsets[columns] = offset;
        columns++;
        return created;
    }

    /**
     * Begins the row of the next sample and returns it: a cell for every series created so
     * far, at its {@link Series#column()}, zero until written.
     */
    public double[] beginRow() {
        checkOpen();
        if (chunkStart + inChunk == grid.length) {
            throw new IllegalStateException("more samples than sample times (" + grid.length + ")");
        }
        if (inChunk == CHUNK) {
            flush();
        }
        double[] row = chunk[inChunk];
        if (row == null || row.length < columns) {
            row = new double[columns];
            chunk[inChunk] = row;
        } else {
            Arrays.fill(row, 0, columns, 0);
        }
        widths[inChunk] = columns;
        inChunk++;
        return row;
    }

    /**
     * Gives every series its values (one per sample from its first); the table takes no more
     * series or rows. Called when the world has run; a series read before then finishes its
     * table first.
     */
    public void finish() {
        if (finished) {
            return;
        }
        flush();
        finished = true;
        int rows = chunkStart;
        for (int j = 0; j < columns; j++) {
            series[j].finished(values[j], Math.max(0, rows - offsets[j]));
        }
        values = null;
    }

    /** Copies the chunk's rows into the series' arrays and empties it. */
    private void flush() {
        // Column blocks, so that each pass reads every row of the chunk once and fills a few series' arrays in order.
        for (int from = 0; from < columns; from += BLOCK) {
            int to = Math.min(columns, from + BLOCK);
            for (int r = 0; r < inChunk; r++) {
                double[] row = chunk[r];
                int end = Math.min(to, widths[r]);
                for (int j = from; j < end; j++) {
                    double value = row[j];
                    double[] into = values[j];
                    if (into == null) {
                        if (Double.doubleToRawLongBits(value) == 0) {
                            continue;
                        }
                        // Its first value other than +0.0: the rows before it were zeros.
                        into = new double[series[j].capacity];
                        values[j] = into;
                    }
                    int at = chunkStart + r - offsets[j];
                    // Only a level's or flow's cell at time 0 comes before its series' first row (and is zero).
                    if (at >= 0) {
                        into[at] = value;
                    }
                }
            }
        }
        chunkStart += inChunk;
        inChunk = 0;
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the sample table has finished: its series are read");
        }
    }
}
