package org.gigasim.experiments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.gigasim.model.world.ReplicationResult;
import org.gigasim.model.world.World;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.OutputFiles;
import org.gigasim.results.OutputStep;
import org.gigasim.results.PartialResultWriter;
import org.gigasim.scenarios.LoadedScenario;

/**
 * {@code gigasim run} without the command line: runs a plan's replications on an executor and
 * writes its outputs, or one shard's share of them. With a {@link PrecisionTarget} it adds
 * replications in batches until the target is reached or {@code maxReplications} have run;
 * the batch sizes depend only on the figures seen, so the outputs do not depend on the
 * executor either.
 *
 * <pre>{@code
 * RunExperiment run = new RunExperiment(RunPlan.load("baseline-2026", List.of(), null, 20, false, false, "1.0"));
 * try (ReplicationExecutor executor = new ThreadPoolReplicationExecutor(4)) {
 *     run.run(OutputDirectory.create(Path.of("runs/base"), manifest), executor, Progress.NONE, null, 0,
 *             World::run, what -> { }, dir -> { });
 * }
 * }</pre>
 */
public final class RunExperiment {

    private final RunPlan plan;

    /** What a run did: how many replications, how many events, and whether the percentiles were dropped. */
    public record Outcome(int replications, long events, boolean percentilesDropped) {
    }

    /**
     * Runs one replication's world; {@link World#run()} unless the caller watches it. Serializable
     * so that {@code World::run} travels with a task to another machine.
     */
    @FunctionalInterface
    public interface WorldRunner extends java.io.Serializable {
        ReplicationResult run(World world);
    }

    public RunExperiment(RunPlan plan) {
        this.plan = plan;
    }

    public RunPlan plan() {
        return plan;
    }

    /**
     * Runs the replications into {@code directory} and moves it into place.
     *
     * @param target the precision to reach, or null to run the plan's replications
     * @param maxReplications with a target, the most replications to run
     * @param phase told what happens after the replications ("aggregating ...")
     * @param last written into the folder after the data files, before it moves into place (charts)
     */
    public Outcome run(OutputDirectory directory, ReplicationExecutor executor, Progress progress,
            PrecisionTarget target, int maxReplications, WorldRunner runner, Consumer<String> phase, OutputStep last)
            throws IOException {
        try (RunOutput output = plan.open(directory)) {
            long[] events = {0};
            int done = 0;
            int planned = plan.replications();
            RunPlan shipped = plan;   // the task captures the plan, never this
            while (true) {
                executor.run(done, planned, r -> shipped.replication((int) r, runner), (r, snapshot) -> {
                    events[0] += snapshot.eventsRun();
                    output.accept(snapshot);
                    if (target != null) {
                        target.accept(snapshot.series());
                    }
                }, progress);
                done = planned;
                if (target == null || target.reached() || done >= maxReplications) {
                    break;
                }
                planned = target.nextTotal(done, maxReplications);
                output.expectReplications(planned);
                progress.total(planned);
            }
            progress.close();
            phase.accept("aggregating " + planned + " replications and writing the outputs...");
            output.finish(last);
            return new Outcome(done, events[0], output.percentilesDropped());
        }
    }

    /**
     * Replications {@code [from, to)} of shard {@code shard} of {@code shards} (counted from 1):
     * shard I holds replications ⌊(I−1)·R/N⌋ to ⌊I·R/N⌋ − 1 of the R replications.
     */
    public static int[] shardRange(int shard, int shards, int replications) {
        return new int[] {(int) ((long) (shard - 1) * replications / shards),
            (int) ((long) shard * replications / shards)};
    }

    /**
     * Runs shard {@code shard} of {@code shards} and writes its partial result
     * ({@code partial-result.bin}) and {@code scenario.resolved.yaml} into {@code directory}, which
     * then moves into place; {@code gigasim merge} turns the shards into the run's outputs.
     *
     * @throws ExperimentInputException if the shard is not from 1 to N, or N exceeds the replications
     */
    public Outcome shard(int shard, int shards, OutputDirectory directory, ReplicationExecutor executor,
            Progress progress, WorldRunner runner) throws IOException {
        requireShard(shard, shards, plan.replications());
        int[] range = shardRange(shard, shards, plan.replications());
        long[] events = {0};
        RunPlan shipped = plan;
        try {
            try (PartialResultWriter partial = new PartialResultWriter(
                    directory.path().resolve(OutputFiles.PARTIAL_RESULT), plan.header(), range[0])) {
                executor.run(range[0], range[1], r -> shipped.replication((int) r, runner), (r, snapshot) -> {
                    events[0] += snapshot.eventsRun();
                    partial.append(snapshot);
                }, progress);
                partial.finish();
            }
            progress.close();
            Files.writeString(directory.path().resolve(LoadedScenario.RESOLVED_FILE), plan.header().resolvedYaml(),
                    StandardCharsets.UTF_8);
            directory.commit();
        } catch (IOException | RuntimeException e) {
            directory.discard();
            throw e;
        }
        return new Outcome(range[1] - range[0], events[0], false);
    }

    /** Refuses a shard number outside 1 to N, or more shards than replications. */
    public static void requireShard(int shard, int shards, int replications) {
        if (shards < 1 || shard < 1 || shard > shards) {
            throw new ExperimentInputException("--shard takes I/N with I from 1 to N, such as 2/3; was " + shard + "/"
                    + shards);
        }
        if (shards > replications) {
            throw new ExperimentInputException("--shard " + shard + "/" + shards + ": " + shards + " shards of "
                    + replications + " replication(s) would leave some empty; use at most " + replications
                    + " shards or more --replications");
        }
    }
}
