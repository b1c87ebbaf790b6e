package org.gigasim.experiments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.gigasim.model.spec.Limits;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.OutputStep;
import org.gigasim.results.PartialResultReader;
import org.gigasim.results.ReplicationSnapshot;

/**
 * {@code gigasim extend} without the command line: a run folder given more replications. The
 * replications it holds are read back from its {@code partial-result.bin}, never run again;
 * only the new ones run, and the outputs are byte-identical to a run of the new total.
 */
public final class ExtendExperiment implements AutoCloseable {

    private final PartialResultReader existing;
    private final RunPlan plan;

    private ExtendExperiment(PartialResultReader existing, int replications) {
        this.existing = existing;
        this.plan = RunPlan.of(existing.header()).withReplications(replications);
    }

    /**
     * Opens the run in {@code dir} to bring it to {@code replications} with this gigasim
     * ({@code gigasimVersion}), which must be the version that ran it.
     *
     * @throws ExperimentInputException if the folder holds no complete run, one of another version,
     *     or already holds as many
     */
    public static ExtendExperiment check(Path dir, int replications, String gigasimVersion) {
        PartialResultReader reader = PartialFolders.open(dir, "a run folder that gigasim run or merge wrote");
        try {
            int held = reader.header().replications();
            if (!reader.header().gigasimVersion().equals(gigasimVersion)) {
                throw new ExperimentInputException(dir + " was run by gigasim " + reader.header().gigasimVersion()
                        + "; extend it with that version, or run it again with this one (" + gigasimVersion + ")");
            }
            if (reader.from() != 0 || reader.to() != held) {
                throw new ExperimentInputException(dir + " holds replications " + reader.from() + " to "
                        + (reader.to() - 1) + " of " + held + ", a shard; merge the shards first, then extend");
            }
            if (replications <= held || replications > Limits.MAX_REPLICATIONS) {
                throw new ExperimentInputException("--replications must be more than the " + held + " " + dir
                        + " holds and at most " + Limits.MAX_REPLICATIONS + ", was " + replications);
            }
            return new ExtendExperiment(reader, replications);
        } catch (RuntimeException e) {
            try {
                reader.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public RunPlan plan() {
        return plan;
    }

    /** How many replications the folder holds already. */
    public int held() {
        return existing.to();
    }

    /**
     * Writes the extended run into {@code directory} (whose target is the folder extended):
     * the replications held, then the new ones run on {@code executor}, then {@code last}.
     */
    public RunExperiment.Outcome run(OutputDirectory directory, ReplicationExecutor executor, Progress progress,
            RunExperiment.WorldRunner runner, Consumer<String> phase, OutputStep last) throws IOException {
        long[] events = {0};
        try (RunOutput output = plan.open(directory)) {
            try {
                for (ReplicationSnapshot s = existing.next(); s != null; s = existing.next()) {
                    events[0] += s.eventsRun();
                    output.accept(s);
                }
            } catch (IOException e) {
                throw PartialFolders.damaged(existing.file(), e);
            }
            executor.run(held(), plan.replications(), r -> plan.replication((int) r, runner), (r, snapshot) -> {
                events[0] += snapshot.eventsRun();
                output.accept(snapshot);
            }, progress);
            progress.close();
            phase.accept("aggregating " + plan.replications() + " replications and writing the outputs...");
            output.finish(last);
            return new RunExperiment.Outcome(plan.replications(), events[0], output.percentilesDropped());
        }
    }

    @Override
    public void close() throws IOException {
        existing.close();
    }
}
