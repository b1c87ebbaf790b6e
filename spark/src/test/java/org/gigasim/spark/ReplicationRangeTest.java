package org.gigasim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReplicationRangeTest {

    @Test
    void tenReplicationsInFourTasksAreThreeThreeTwoTwo() {
        // 10 = 4 × 2 + 2: the first two tasks take one more.
        assertEquals(List.of(new ReplicationRange(0, 3), new ReplicationRange(3, 6), new ReplicationRange(6, 8),
                new ReplicationRange(8, 10)), ReplicationRange.split(0, 10, 4));
    }

    @Test
    void neverMoreTasksThanReplications() {
        assertEquals(List.of(new ReplicationRange(5, 6), new ReplicationRange(6, 7)), ReplicationRange.split(5, 7, 8));
    }

    @Property
    void rangesCoverEveryIndexOnceInOrderWithSizesWithinOne(@ForAll @IntRange(min = 0, max = 50) int from,
            @ForAll @IntRange(min = 1, max = 5000) int count, @ForAll @IntRange(min = 1, max = 300) int slices) {
        List<ReplicationRange> ranges = ReplicationRange.split(from, from + count, slices);
        assertEquals(Math.min(slices, count), ranges.size());
        int next = from;
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        for (ReplicationRange range : ranges) {
            assertEquals(next, range.from());
            next = range.to();
            smallest = Math.min(smallest, range.size());
            largest = Math.max(largest, range.size());
        }
        assertEquals(from + count, next);
        assertTrue(largest - smallest <= 1, "sizes " + smallest + " to " + largest);
    }

    @Test
    void emptyOrBackwardRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReplicationRange(3, 3));
        assertThrows(IllegalArgumentException.class, () -> new ReplicationRange(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> ReplicationRange.split(0, 10, 0));
    }
}
