package org.gigasim.spark;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.World;
import org.gigasim.scenarios.LoadedScenario;
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
        LoadedScenario loaded = job.load(scenario);
        ScenarioSpec spec = loaded.spec();
        JavaSparkContext context = main.contexts().context();
        int cores = Math.max(1, context.defaultParallelism());
        int warmUp = WARM_UP_PER_CORE * cores;
        ShippedScenario shipped = new ShippedScenario(loaded, spec.seed(), warmUp + replications);
        events(context, shipped, ReplicationRange.split(0, warmUp, cores));
        int partitions = Partitions.of(context, replications);
        long start = System.nanoTime();
        long events = events(context, shipped, ReplicationRange.split(warmUp, warmUp + replications, partitions));
        double seconds = (System.nanoTime() - start) / 1e9;
        command.commandLine().getOut().printf(Locale.ROOT, "scenario name=%s cores=%d partitions=%d replications=%d"
                + " ms_per_replication=%.1f replications_per_second=%.2f events_per_second=%.0f%n", spec.name(), cores,
                partitions, replications, seconds * 1000 / replications, replications / seconds, events / seconds);
        return 0;
    }

    /** Runs the ranges' replications as tasks; the events they ran. */
    private static long events(JavaSparkContext context, ShippedScenario shipped, List<ReplicationRange> ranges) {
        return RangeTasks.inOrder(context, ranges, range -> {
            ScenarioSpec spec = shipped.spec();
            ClauseRegistry registry = ClauseRegistry.standard();
            long events = 0;
            for (int r = range.from(); r < range.to(); r++) {
                events += new World(spec, r, registry).run().eventsRun();
            }
            return events;
        }).stream().mapToLong(Long::longValue).sum();
    }
}
