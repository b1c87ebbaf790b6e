package org.gigasim.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;

/**
 * Runs one Spark task per {@link ReplicationRange} and hands the tasks' results on in range
 * order. A job's ranges become an RDD of exactly one range per partition, and
 * {@code collect()} returns partitions in order whatever order the tasks finish in. Results
 * are never combined with {@code reduce} or {@code fold}: those combine partitions in the
 * order tasks finish, so floating-point sums would change from run to run.
 *
 * <p>A long run is cut into jobs of consecutive ranges, a few of them submitted ahead
 * ({@code collectAsync}) so that executors never wait for the driver, nor for the slowest
 * task of the job before: Spark's FIFO scheduler starts the next job's tasks on the cores the
 * earlier job frees. The driver holds the results of the jobs in flight only, so its memory
 * does not grow with the number of replications.
 */
final class RangeTasks {

    private RangeTasks() {
    }

    /** Receives the tasks' results in range order, on the driver. */
    @FunctionalInterface
    interface Sink<R> {
        void accept(ReplicationRange range, R result) throws IOException;
    }

    /** {@code task} applied to each of {@code ranges} as one Spark job; the i-th result is the i-th range's. */
    static <R extends Serializable> List<R> inOrder(JavaSparkContext context, List<ReplicationRange> ranges,
            Function<ReplicationRange, R> task) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        return context.parallelize(ranges, ranges.size()).map(task).collect();
    }

    /**
     * {@code task} applied to each of {@code ranges}, in jobs of {@code rangesPerJob} ranges with
     * at most {@code jobsAhead} jobs submitted beyond the one being handed on; every result
     * reaches {@code sink} in range order. A failed job cancels the others and its cause is
     * rethrown.
     */
    static <R extends Serializable> void streamInOrder(JavaSparkContext context, List<ReplicationRange> ranges,
            int rangesPerJob, int jobsAhead, Function<ReplicationRange, R> task, Sink<R> sink) throws IOException {
        if (rangesPerJob < 1 || jobsAhead < 0) {
            throw new IllegalArgumentException("rangesPerJob " + rangesPerJob + ", jobsAhead " + jobsAhead);
        }
        Deque<Job<R>> running = new ArrayDeque<>();
        int submitted = 0;
        try {
            while (submitted < ranges.size() || !running.isEmpty()) {
                while (submitted < ranges.size() && running.size() <= jobsAhead) {
                    List<ReplicationRange> batch = ranges.subList(submitted,
                            Math.min(ranges.size(), submitted + rangesPerJob));
                    running.add(new Job<>(batch, context.parallelize(batch, batch.size()).map(task).collectAsync()));
                    submitted += batch.size();
                }
                Job<R> next = running.poll();
                List<R> results = await(next.results());
                for (int i = 0; i < results.size(); i++) {
                    sink.accept(next.ranges().get(i), results.get(i));
                }
            }
        } finally {
            running.forEach(job -> job.results().cancel(true));
        }
    }

    private static <R> List<R> await(JavaFutureAction<List<R>> results) {
        try {
            return results.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Spark", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private record Job<R>(List<ReplicationRange> ranges, JavaFutureAction<List<R>> results) {
    }
}
