package org.gigasim.spark;

import java.io.IOException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.gigasim.experiments.RunOutput;
import org.gigasim.experiments.RunPlan;
import org.gigasim.results.PartialResult;

/**
 * The one place the Spark module meets the experiments API: a task runs its range of
 * replications with {@link RunPlan#runRange} and returns the {@link PartialResult}; the
 * driver feeds the partial results to the run's {@link RunOutput} in range order, which
 * folds their replications in index order exactly as {@code gigasim run} does.
 *
 * <p>The plan travels as a broadcast variable, so each executor receives it once and binds
 * the scenario once, however many tasks it runs.
 */
final class SparkReplications {

    /** Told after each task's replications were written: how many have been, in all. */
    @FunctionalInterface
    interface Written {
        void replications(int done);
    }

    private SparkReplications() {
    }

    /**
     * Runs every replication of {@code plan} as the tasks of {@code tasks} and writes them to
     * {@code output} in index order; returns the events the replications ran.
     */
    static long run(JavaSparkContext context, RunPlan plan, TaskPlan tasks, RunOutput output, Written written)
            throws IOException {
        Broadcast<RunPlan> shared = context.broadcast(plan);
        long[] events = {0};
        try {
            RangeTasks.streamInOrder(context, tasks.ranges(), tasks.tasksPerJob(), tasks.jobsAhead(),
                    range -> shared.value().runRange(range.from(), range.to()), (range, part) -> {
                        if (part.from() != range.from() || part.to() != range.to()) {
                            throw new IllegalStateException("the task for replications " + range.from() + " to "
                                    + range.to() + " returned " + part.from() + " to " + part.to());
                        }
                        part.replications().forEach(r -> events[0] += r.eventsRun());
                        output.accept(part);
                        written.replications(range.to());
                    });
        } finally {
            shared.destroy();
        }
        return events[0];
    }
}
