package org.gigasim.model.metrics;

import java.util.Arrays;

/**
 * The rows of a world's grid series while it runs, written a sample at a time: one row per
 * sample, one column per series. A sample writes the row of every series it closes (hundreds
 * of them) side by side in one array, instead of appending to as many arrays of their own;
 * every {@value #CHUNK} samples the rows are copied into the series' own arrays, a column at
 * a time, while they are still in the processor's cache. Each series gets exactly
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

    private final double[] grid;
    private Series[] series = new Series[64];
    /** Per column, its series' values once a cell other than +0.0 came; null before. */
    private double[][] values = new double[64][];
    private int columns;
    /** The rows of the current chunk, how many columns each had when it began, and how many began. */
    private final double[][] chunk = new double[CHUNK][];
    private final int[] widths = new int[CHUNK];
    private int inChunk;
    /** The sample index of the chunk's first row. */
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
            values = Arrays.copyOf(values, n);
        }
        Series created = new Series(grid, offset, this, columns);
        series[columns++] = created;
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
            // Room for the series still to come (sites and ledgers add theirs as the run goes).
            row = new double[columns + columns / 2 + 16];
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
            series[j].finished(values[j], Math.max(0, rows - series[j].offset));
        }
        values = null;
    }

    /**
     * Copies the chunk's rows into the series' arrays and empties it, a column at a time: the
     * chunk is small enough to stay in the cache while its columns are read one after another.
     */
    private void flush() {
        // Columns only grow, so the rows that have column j are the chunk's last ones, from the first with it.
        int firstRow = 0;
        for (int j = 0; j < columns; j++) {
            while (firstRow < inChunk && widths[firstRow] <= j) {
                firstRow++;
            }
            double[] into = values[j];
            if (into == null) {
                long bits = 0;
                for (int r = firstRow; r < inChunk; r++) {
                    bits |= Double.doubleToRawLongBits(chunk[r][j]);
                }
                if (bits == 0) {
                    continue; // +0.0 throughout so far: the series keeps no array yet
                }
                // Its first value other than +0.0: the rows before it were zeros.
                into = new double[series[j].capacity];
                values[j] = into;
            }
            // Row r is the series' row chunkStart + r - offset; only a level's or flow's cell at time 0
            // comes before its first row (and is zero).
            int shift = chunkStart - series[j].offset;
            for (int r = Math.max(firstRow, -shift); r < inChunk; r++) {
                into[shift + r] = chunk[r][j];
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
