package org.gigasim.results;

import java.util.Arrays;

/**
 * Every replication's yearly figures, one growable column of doubles per series and year, in
 * the order the replications were added. A replication adds a few thousand figures, one to
 * each of as many columns spread over the heap; written straight into their columns, each
 * would touch memory last touched a replication ago. So figures wait in an append-only
 * buffer, and when it is full (or a column is read) they are sorted by column, keeping their
 * order within each, and copied into the columns a run at a time.
 *
 * <p>A column whose figures are all the same, bit for bit, holds no array, only that value
 * and its count, until a different one comes: a third of a run's columns never get one (zero
 * throughout, or fixed by the scenario), and a 10,000-replication run would otherwise hold
 * 80 KB for each of them.
 */
final class FigureColumns {

    /** Figures that wait before they are copied into their columns (about 3 MB with their column numbers). */
    static final int BUFFERED = 1 << 18;

    /** Each column's figures, or null while they are all {@link #constantBits}. */
    private double[][] columns = new double[0][];
    private int[] sizes = new int[0];
    /** The raw bits of a column's every figure while it holds no array. */
    private long[] constantBits = new long[0];
    private int columnCount;
    private int expected = 4;

    /** The most figures that wait; the buffer grows to it from small, so a short run holds little. */
    private final int buffered;
    private int[] waitingColumn;
    private double[] waitingValue;
    private int waiting;
    /** Scratch of the sort: the waiting figures by column, and each column's first place among them. */
    private double[] sorted = new double[0];
    private int[] starts = new int[1];

    FigureColumns() {
        this(BUFFERED);
    }

    /** With at most {@code buffered} waiting figures (tests use a small buffer to exercise the copy). */
    FigureColumns(int buffered) {
        this.buffered = Math.max(1, buffered);
        waitingColumn = new int[Math.min(64, this.buffered)];
        waitingValue = new double[waitingColumn.length];
    }

    /**
     * How many figures each column will hold, the run's replications: a column grows to that
     * many at once, instead of doubling past it.
     */
    void expect(int replications) {
        expected = Math.max(1, replications);
    }

    /** The replications the run will have, as last told (4 until then). */
    int expected() {
        return expected;
    }

    /** A new, empty column; returns its number. */
    int newColumn() {
        if (columnCount == columns.length) {
            int grown = Math.max(16, 2 * columnCount);
            columns = Arrays.copyOf(columns, grown);
            sizes = Arrays.copyOf(sizes, grown);
            constantBits = Arrays.copyOf(constantBits, grown);
        }
        return columnCount++;
    }

    /** Appends {@code value} to column {@code column}. */
    void add(int column, double value) {
        if (waiting == waitingColumn.length) {
            if (waiting < buffered) {
                int grown = Math.min(buffered, 2 * waiting);
                waitingColumn = Arrays.copyOf(waitingColumn, grown);
                waitingValue = Arrays.copyOf(waitingValue, grown);
            } else {
                copyWaiting();
            }
        }
        waitingColumn[waiting] = column;
        waitingValue[waiting] = value;
        waiting++;
    }

    /** Column {@code column}'s figures, in the order they were added. */
    double[] values(int column) {
        copyWaiting();
        if (columns[column] == null) {
            double[] values = new double[sizes[column]];
            Arrays.fill(values, Double.longBitsToDouble(constantBits[column]));
            return values;
        }
        return Arrays.copyOf(columns[column], sizes[column]);
    }

    /** Copies the waiting figures into their columns: a counting sort by column, stable, then one copy per column. */
    private void copyWaiting() {
        if (waiting == 0) {
            return;
        }
        if (starts.length < columnCount + 1) {
            starts = new int[columnCount + 1];
        } else {
            Arrays.fill(starts, 0, columnCount + 1, 0);
        }
        if (sorted.length < waiting) {
            sorted = new double[waitingColumn.length];
        }
        for (int i = 0; i < waiting; i++) {
            starts[waitingColumn[i] + 1]++;
        }
        for (int c = 0; c < columnCount; c++) {
            starts[c + 1] += starts[c];
        }
        // starts[c] now is where column c's figures begin; advancing it places them in order.
        for (int i = 0; i < waiting; i++) {
            sorted[starts[waitingColumn[i]]++] = waitingValue[i];
        }
        // Each starts[c] has moved to column c's end, which is column c + 1's beginning.
        int from = 0;
        for (int c = 0; c < columnCount; c++) {
            int to = starts[c];
            if (to > from) {
                append(c, from, to - from);
            }
            from = to;
        }
        waiting = 0;
    }

    private void append(int column, int from, int count) {
        double[] values = columns[column];
        int size = sizes[column];
        int need = size + count;
        if (values == null) {
            long bits = size == 0 ? Double.doubleToRawLongBits(sorted[from]) : constantBits[column];
            int same = 0;
            while (same < count && Double.doubleToRawLongBits(sorted[from + same]) == bits) {
                same++;
            }
            constantBits[column] = bits;
            if (same == count) {
                sizes[column] = need;
                return;
            }
            // A different figure: the column gets its array, the figures so far all the constant; it grows below.
            values = new double[size];
            Arrays.fill(values, Double.longBitsToDouble(bits));
            columns[column] = values;
        }
        if (need > values.length) {
            int grown = need <= expected ? expected : Math.max(need, Math.max(4, 2 * values.length));
            values = Arrays.copyOf(values, grown);
            columns[column] = values;
        }
        System.arraycopy(sorted, from, values, size, count);
        sizes[column] = need;
    }
}
