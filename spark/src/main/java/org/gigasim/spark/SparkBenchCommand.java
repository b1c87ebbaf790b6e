package org.gigasim.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.World;
import org.apache.spark.broadcast.Broadcast;
import org.gigasim.experiments.ExperimentInputException;
import org.gigasim.experiments.RunPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench} on Spark: times a scenario's replications as Spark tasks, after the context
 * started and a warm-up job ran, the counterpart of {@code gigasim bench --scenario}. Like it,
 * it runs the replications and writes nothing, so the two rates compare like with like.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        header = "Time a scenario's replications as Spark tasks, as gigasim bench --scenario does on threads.")
final class SparkBenchCommand implements Callable<Integer> {

    /** Replications in the warm-up job, one task per core, so every executor's JIT has run the model. */
    private static final int WARM_UP_PER_CORE = 3;

    @Spec
    private CommandSpec command;

    @ParentCommand
    private SparkMain main;

    @Option(names = "--scenario", paramLabel = "SCENARIO", required = true,
            description = "The scenario to time (file or catalog name).")
    private String scenario;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "200",
            description = "Replications to time after the warm-up (default: ${DEFAULT-VALUE}).")
    private int replications;

    @Mixin
    private JobOptions job;

    @Override
    public Integer call() {
        if (replications < 1) {
            throw new InvalidInputException("--replications must be at least 1, was " + replications);
        }
        JavaSparkContext context = main.contexts().context();
        int cores = Math.max(1, context.defaultParallelism());
        int warmUp = WARM_UP_PER_CORE * cores;
        RunPlan runPlan;
        try {
            runPlan = RunPlan.load(scenario, job.overrides(), null, warmUp + replications, false, false,
                    BuildInfo.version());
        } catch (ExperimentInputException e) {
            throw new InvalidInputException(e.getMessage());
        }
        ScenarioSpec spec = runPlan.scenario();
        Broadcast<RunPlan> shipped = context.broadcast(runPlan);
        events(context, shipped, new TaskPlan(ReplicationRange.split(0, warmUp, cores), cores, 0));
        TaskPlan plan = TaskPlan.of(context, warmUp, warmUp + replications);
        long start = System.nanoTime();
        long events = events(context, shipped, plan);
        double seconds = (System.nanoTime() - start) / 1e9;
        command.commandLine().getOut().printf(Locale.ROOT, "scenario name=%s cores=%d tasks=%d replications=%d"
                + " ms_per_replication=%.1f replications_per_second=%.2f events_per_second=%.0f%n", spec.name(), cores,
                plan.ranges().size(), replications, seconds * 1000 / replications, replications / seconds,
                events / seconds);
        return 0;
    }

    /** Runs the plan's replications as tasks, as a run does; the events they ran. */
    private static long events(JavaSparkContext context, Broadcast<RunPlan> shipped, TaskPlan plan) {
        long[] events = {0};
        try {
            RangeTasks.streamInOrder(context, plan.ranges(), plan.tasksPerJob(), plan.jobsAhead(), range -> {
                ScenarioSpec spec = shipped.value().scenario();
                ClauseRegistry registry = ClauseRegistry.standard();
                long sum = 0;
                for (int r = range.from(); r < range.to(); r++) {
                    sum += new World(spec, r, registry).run().eventsRun();
                }
                return sum;
            }, (range, sum) -> events[0] += sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events[0];
    }
}
