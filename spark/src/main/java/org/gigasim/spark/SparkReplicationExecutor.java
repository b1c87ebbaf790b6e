package org.gigasim.spark;

import java.io.IOException;
import java.util.ArrayList;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.gigasim.experiments.ExperimentInputException;
import org.gigasim.experiments.OrderedResults;
import org.gigasim.experiments.Progress;
import org.gigasim.experiments.ReplicationExecutor;

/**
 * A {@link ReplicationExecutor} whose tasks run as Spark tasks: the numbered tasks are cut
 * into ranges of consecutive indices ({@link TaskPlan}), one Spark task each, and the results
 * come back to the calling thread on the driver in index order ({@link RangeTasks}), so run,
 * compare, sweep and sensitivity write the same bytes as on a thread pool. The task object
 * travels once to each executor as a broadcast variable, so what it binds lazily (a plan's
 * scenario) is bound once per executor; it and its results must be serializable.
 */
final class SparkReplicationExecutor implements ReplicationExecutor {

    private final JavaSparkContext context;

    SparkReplicationExecutor(JavaSparkContext context) {
        this.context = context;
    }

    /** The application's default parallelism: about its executor cores. */
    @Override
    public int threads() {
        return Math.max(1, context.defaultParallelism());
    }

    @Override
    public <T> void run(long from, long to, IndexedTask<T> task, OrderedResults.Sink<T> sink, Progress progress)
            throws IOException {
        if (from >= to) {
            return;
        }
        if (to > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Integer.MAX_VALUE + " tasks, asked for " + to);
        }
        TaskPlan plan = TaskPlan.of(context, (int) from, (int) to);
        Broadcast<IndexedTask<T>> shared = context.broadcast(task);
        try {
            RangeTasks.streamInOrder(context, plan.ranges(), plan.tasksPerJob(), plan.jobsAhead(), range -> {
                IndexedTask<T> body = shared.value();
                ArrayList<T> results = new ArrayList<>(range.size());
                for (int i = range.from(); i < range.to(); i++) {
                    results.add(body.apply(i));
                }
                return results;
            }, (range, results) -> {
                if (results.size() != range.size()) {
                    throw new IllegalStateException("the task for " + range.from() + " to " + range.to() + " returned "
                            + results.size() + " results");
                }
                for (int i = 0; i < results.size(); i++) {
                    sink.accept(range.from() + i, results.get(i));
                    progress.step();
                }
            });
        } catch (RuntimeException e) {
            throw inputProblem(e);
        } finally {
            shared.destroy();
        }
    }

    /** Nothing to release: the Spark context belongs to the caller. */
    @Override
    public void close() {
    }

    /** A scenario problem found on an executor arrives wrapped by Spark; it is the user's to fix, so it goes back bare. */
    private static RuntimeException inputProblem(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ExperimentInputException input) {
                return input;
            }
        }
        return e;
    }
}
