package org.gigasim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Ranges as Spark tasks on the shared {@code local[2]} context. */
@ExtendWith(LocalSpark.class)
class RangeTasksIT {

    /** Tasks record here when they finish; local mode runs them in this JVM. */
    private static final Queue<Integer> FINISHED = new ConcurrentLinkedQueue<>();

    @Test
    void eachRangeIsOnePartitionInRangeOrder(JavaSparkContext spark) {
        List<ReplicationRange> ranges = ReplicationRange.split(0, 23, 7);
        List<Integer> partitions = RangeTasks.inOrder(spark, ranges, range -> TaskContext.getPartitionId());
        assertEquals(IntStream.range(0, 7).boxed().toList(), partitions);
    }

    @Test
    void resultsComeInRangeOrderWhenEarlyRangesFinishLast(JavaSparkContext spark) {
        FINISHED.clear();
        List<ReplicationRange> ranges = ReplicationRange.split(0, 4, 4);
        // Range 0 sleeps longest, so with two cores ranges 1..3 finish before it.
        List<Integer> results = RangeTasks.inOrder(spark, ranges, range -> {
            Thread.sleep(150L * (4 - range.from()) * (range.from() == 0 ? 3 : 1));
            FINISHED.add(range.from());
            return range.from();
        });
        assertEquals(List.of(0, 1, 2, 3), results);
        assertNotEquals(List.of(0, 1, 2, 3), new ArrayList<>(FINISHED), "the tasks finished in range order; the test proves nothing");
    }

    @Test
    void streamedResultsComeInRangeOrderAcrossJobs(JavaSparkContext spark) throws Exception {
        List<ReplicationRange> ranges = ReplicationRange.split(0, 17, 17);
        List<ReplicationRange> seen = new ArrayList<>();
        // Later ranges of each job are quicker, so within a job the tasks finish out of order.
        RangeTasks.streamInOrder(spark, ranges, 3, 2, range -> {
            Thread.sleep(20L * (3 - range.from() % 3));
            return range.from();
        }, (range, from) -> {
            assertEquals(range.from(), from.intValue());
            seen.add(range);
        });
        assertEquals(ranges, seen);
    }

    @Test
    void aFailingTaskFailsTheStreamWithItsMessage(JavaSparkContext spark) {
        List<ReplicationRange> ranges = ReplicationRange.split(0, 8, 8);
        List<Integer> seen = new ArrayList<>();
        RuntimeException failure = assertThrows(RuntimeException.class, () -> RangeTasks.streamInOrder(spark, ranges,
                2, 1, range -> {
                    if (range.from() == 5) {
                        throw new IllegalStateException("replication 5 broke");
                    }
                    return range.from();
                }, (range, from) -> seen.add(from)));
        assertTrue(failure.getMessage().contains("replication 5 broke"), failure.getMessage());
        // Ranges before the failing job were handed on; none after it.
        assertEquals(List.of(0, 1, 2, 3), seen);
    }
}
