package org.gigasim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.ReplicationResult;
import org.gigasim.model.world.World;

/**
 * The one place the Spark module meets the experiments API: what a task computes for its
 * range of replications, and how the driver merges the tasks' results in range order.
 *
 * <p>PROTOTYPE: replication results are not serializable snapshots yet, so a task reduces each
 * replication to a {@link Summary} and the driver checks their order and counts events. Once
 * results merge, a task returns its range's partial result and the driver merges them and
 * writes the same outputs as {@code gigasim run}.
 */
final class SparkReplications {

    private final JavaSparkContext context;
    private final int partitions;

    /** One replication as it crossed the wire. */
    record Summary(int replication, long eventsRun) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A task's result: its range and its replications in index order. */
    record Partial(ReplicationRange range, List<Summary> replications) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Replications run as {@code partitions} tasks at most on {@code context}. */
    SparkReplications(JavaSparkContext context, int partitions) {
        this.context = context;
        this.partitions = partitions;
    }

    /** Runs replications 0 to {@code replications} − 1 of {@code scenario}; the summaries come back in index order. */
    List<Summary> run(ShippedScenario scenario, int replications) {
        List<ReplicationRange> ranges = ReplicationRange.split(0, replications, partitions);
        List<Partial> partials = RangeTasks.inOrder(context, ranges, range -> runRange(scenario, range));
        List<Summary> merged = new ArrayList<>(replications);
        for (int i = 0; i < partials.size(); i++) {
            if (!partials.get(i).range().equals(ranges.get(i))) {
                throw new IllegalStateException("task " + i + " returned " + partials.get(i).range() + ", not "
                        + ranges.get(i));
            }
            merged.addAll(partials.get(i).replications());
        }
        return merged;
    }

    /** A task's body, on an executor: its replications in index order. */
    static Partial runRange(ShippedScenario scenario, ReplicationRange range) {
        ScenarioSpec spec = scenario.spec();
        ClauseRegistry registry = ClauseRegistry.standard();
        List<Summary> summaries = new ArrayList<>(range.size());
        for (int r = range.from(); r < range.to(); r++) {
            ReplicationResult result = new World(spec, r, registry).run();
            summaries.add(new Summary(result.replication(), result.eventsRun()));
        }
        return new Partial(range, summaries);
    }
}
