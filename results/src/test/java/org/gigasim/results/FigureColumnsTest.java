package org.gigasim.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Figures come back per column in the order they were added, however they waited in the buffer. */
class FigureColumnsTest {

    @Test
    void eachColumnKeepsItsFiguresInOrderAcrossCopies() {
        // A buffer of 3: the seven figures are copied into their columns in three batches.
        FigureColumns store = new FigureColumns(3);
        int a = store.newColumn();
        int b = store.newColumn();
        int c = store.newColumn();
        store.add(b, 2.5);
        store.add(a, -1.25);
        store.add(b, 0.1 + 0.2);
        store.add(a, -0.0);
        store.add(b, 7);
        store.add(a, Double.NaN);
        store.add(b, 1e300);
        assertArrayEquals(new double[] {-1.25, -0.0, Double.NaN}, store.values(a));
        assertArrayEquals(new double[] {2.5, 0.30000000000000004, 7, 1e300}, store.values(b));
        assertArrayEquals(new double[0], store.values(c));
        // Reading copies what waits; adding after a read goes on where it left off.
        store.add(c, 4);
        store.add(a, 5);
        assertArrayEquals(new double[] {-1.25, -0.0, Double.NaN, 5}, store.values(a));
        assertArrayEquals(new double[] {4}, store.values(c));
    }

    @Test
    void aColumnOfOneValueComesBackBitForBitUntilAnotherArrives() {
        // A buffer of 2, so the constant run spans copies.
        FigureColumns store = new FigureColumns(2);
        int zeros = store.newColumn();
        int negativeZeros = store.newColumn();
        int changes = store.newColumn();
        for (int i = 0; i < 5; i++) {
            store.add(zeros, 0.0);
            store.add(negativeZeros, -0.0);
            store.add(changes, 2.5);
        }
        // -0.0 is not 0.0: a column of one is not a column of the other.
        store.add(negativeZeros, 0.0);
        store.add(changes, 3.5);
        store.add(changes, 2.5);
        assertArrayEquals(new double[5], store.values(zeros));
        assertArrayEquals(new double[] {-0.0, -0.0, -0.0, -0.0, -0.0, 0.0}, store.values(negativeZeros));
        assertArrayEquals(new double[] {2.5, 2.5, 2.5, 2.5, 2.5, 3.5, 2.5}, store.values(changes));
        store.add(zeros, Double.NaN);
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, Double.NaN}, store.values(zeros));
    }

    /** Adding figures to random columns through any buffer size gives what lists per column give. */
    @Property(tries = 200)
    void anyOrderOfAddsComesBackAsListsWould(@ForAll @Size(max = 300) List<@IntRange(max = 9) Integer> columnsOfAdds,
            @ForAll @IntRange(min = 1, max = 40) int buffered, @ForAll @IntRange(min = 1, max = 50) int expected) {
        FigureColumns store = new FigureColumns(buffered);
        store.expect(expected);
        List<List<Double>> lists = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            store.newColumn();
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < columnsOfAdds.size(); i++) {
            // Runs of one value in a column (zeros, or the column's own constant), and then others.
            int k = columnsOfAdds.get(i);
            double value = i % 7 < 4 ? (k % 3 == 0 ? 0.0 : k * 0.75) : i * 1.5 - 7;
            store.add(columnsOfAdds.get(i), value);
            lists.get(columnsOfAdds.get(i)).add(value);
        }
        for (int k = 0; k < 10; k++) {
            assertArrayEquals(lists.get(k).stream().mapToDouble(Double::doubleValue).toArray(), store.values(k));
        }
    }
}
