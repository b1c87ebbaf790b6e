package org.gigasim.experiments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.ReplicationResult;
import org.gigasim.model.world.World;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.OutputStep;
import org.gigasim.results.RunInfo;
import org.gigasim.results.RunWriter;

/**
 * {@code gigasim run} without the command line: runs a scenario's replications on an executor
 * and writes its outputs. With a {@link PrecisionTarget} it adds replications in batches until
 * the target is reached or {@code maxReplications} have run; the batch sizes depend only on
 * the figures seen, so the outputs do not depend on the executor either.
 *
 * <pre>{@code
 * RunExperiment run = new RunExperiment(loaded, loaded.spec().withRun(7, 20), "1.0", false, false);
 * try (ReplicationExecutor executor = new ThreadPoolReplicationExecutor(4)) {
 *     run.run(OutputDirectory.create(Path.of("runs/base"), manifest), executor, Progress.NONE, null, 0,
 *             World::run, what -> { }, dir -> { });
 * }
 * }</pre>
 */
public final class RunExperiment {

    private final LoadedScenario loaded;
    private final ScenarioSpec run;
    private final String gigasimVersion;
    private final boolean trace;
    private final boolean keepReplications;
    private final ClauseRegistry registry = ClauseRegistry.standard();

    /** What a run did: how many replications, how many events, and whether the percentiles were dropped. */
    public record Outcome(int replications, long events, boolean percentilesDropped) {
    }

    /** Runs one replication's world; {@link World#run()} unless the caller watches it. */
    @FunctionalInterface
    public interface WorldRunner {
        ReplicationResult run(World world);
    }

    /**
     * @param run the scenario with its seed and replications set
     * @param gigasimVersion the version written into {@code summary.json}
     * @param trace whether to write {@code trace.jsonl}
     * @param keepReplications whether to write {@code timeseries_replications.csv}
     */
    public RunExperiment(LoadedScenario loaded, ScenarioSpec run, String gigasimVersion, boolean trace,
            boolean keepReplications) {
        this.loaded = loaded;
        this.run = run;
        this.gigasimVersion = gigasimVersion;
        this.trace = trace;
        this.keepReplications = keepReplications;
    }

    /** The scenario as run (seed and replications set). */
    public ScenarioSpec scenario() {
        return run;
    }

    /**
     * Runs the replications into {@code directory} and moves it into place.
     *
     * @param target the precision to reach, or null to run the scenario's replications
     * @param maxReplications with a target, the most replications to run
     * @param phase told what happens after the replications ("aggregating ...")
     * @param last written into the folder after the data files, before it moves into place (charts)
     */
    public Outcome run(OutputDirectory directory, ReplicationExecutor executor, Progress progress,
            PrecisionTarget target, int maxReplications, WorldRunner runner, Consumer<String> phase, OutputStep last)
            throws IOException {
        RunInfo info = new RunInfo(run.name(), run.question(), loaded.sha256(), run.seed(), run.replications(),
                gigasimVersion, run.start(), keepReplications, run.answer());
        try (RunWriter writer = new RunWriter(directory, info, new SimCalendar(run.start()), trace)) {
            long[] events = {0};
            int done = 0;
            int planned = run.replications();
            while (true) {
                executor.run(done, planned, r -> runner.run(Worlds.replication(run, (int) r, registry).tracing(trace)),
                        (r, result) -> {
                            events[0] += result.eventsRun();
                            writer.accept(result);
                            if (target != null) {
                                target.accept(result.recorder());
                            }
                        }, progress);
                done = planned;
                if (target == null || target.reached() || done >= maxReplications) {
                    break;
                }
                planned = target.nextTotal(done, maxReplications);
                writer.expectReplications(planned);
                progress.total(planned);
            }
            progress.close();
            phase.accept("aggregating " + planned + " replications and writing the outputs...");
            writer.finish(dir -> {
                Files.writeString(dir.resolve(LoadedScenario.RESOLVED_FILE), loaded.resolvedYaml(),
                        StandardCharsets.UTF_8);
                last.writeInto(dir);
            });
            return new Outcome(done, events[0], writer.percentilesDropped());
        }
    }
}
