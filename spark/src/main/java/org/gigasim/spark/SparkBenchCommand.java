package org.gigasim.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gigasim.experiments.Progress;
import org.gigasim.experiments.RunPlan;
import org.gigasim.model.world.World;
import org.gigasim.results.BuildInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench} on Spark: times a scenario's replications as Spark tasks, after the context
 * started and a warm-up job ran, the counterpart of {@code gigasim bench --scenario}. Like it,
 * it runs the replications and writes nothing, so the two rates compare like with like; with
 * {@code --snapshots} it also takes and ships each replication's snapshot, which a run adds.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = SparkVersion.class,
        header = "Time a scenario's replications as Spark tasks, as gigasim bench --scenario does on threads.")
final class SparkBenchCommand implements Callable<Integer> {

    /** Replications per core in the warm-up, so every executor's JIT has run the model. */
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

    @Option(names = "--snapshots",
            description = {"Also take each replication's snapshot and send it to the driver, as run does (the driver",
                "counts it and writes nothing); without it tasks return only their event counts."})
    private boolean snapshots;

    @Mixin
    private JobOptions job;

    @Override
    public Integer call() {
        if (replications < 1) {
            throw new InvalidInputException("--replications must be at least 1, was " + replications);
        }
        SparkReplicationExecutor executor = new SparkReplicationExecutor(main.contexts().context());
        int cores = executor.threads();
        int warmUp = WARM_UP_PER_CORE * cores;
        RunPlan plan = RunPlan.load(scenario, job.overrides(), null, warmUp + replications, false, false,
                BuildInfo.version());
        events(executor, plan, 0, warmUp);
        long start = System.nanoTime();
        long events = events(executor, plan, warmUp, warmUp + replications);
        double seconds = (System.nanoTime() - start) / 1e9;
        command.commandLine().getOut().printf(Locale.ROOT, "scenario name=%s cores=%d snapshots=%b replications=%d"
                + " ms_per_replication=%.1f replications_per_second=%.2f events_per_second=%.0f%n",
                plan.scenario().name(), cores, snapshots, replications, seconds * 1000 / replications,
                replications / seconds, events / seconds);
        return 0;
    }

    /** Runs replications {@code from} to {@code to} − 1 as tasks, as a run does; the events they ran. */
    private long events(SparkReplicationExecutor executor, RunPlan plan, int from, int to) {
        long[] events = {0};
        try {
            if (snapshots) {
                executor.run(from, to, r -> plan.replication((int) r, World::run),
                        (r, snapshot) -> events[0] += snapshot.eventsRun(), Progress.NONE);
            } else {
                executor.run(from, to, r -> plan.world((int) r).run().eventsRun(), (r, n) -> events[0] += n,
                        Progress.NONE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events[0];
    }
}
