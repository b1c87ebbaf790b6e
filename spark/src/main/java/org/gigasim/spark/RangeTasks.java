package org.gigasim.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;

/**
 * Runs one Spark task per {@link ReplicationRange} and returns the tasks' results in range
 * order. The ranges become an RDD of exactly one range per partition, and {@code collect()}
 * returns partitions in order whatever order the tasks finish in. Results are never combined
 * with {@code reduce} or {@code fold}: those combine partitions in the order tasks finish, so
 * floating-point sums would change from run to run.
 */
final class RangeTasks {

    private RangeTasks() {
    }

    /** {@code task} applied to each of {@code ranges} as a Spark task; the i-th result is the i-th range's. */
    static <R extends Serializable> List<R> inOrder(JavaSparkContext context, List<ReplicationRange> ranges,
            Function<ReplicationRange, R> task) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        return context.parallelize(ranges, ranges.size()).map(task).collect();
    }
}
