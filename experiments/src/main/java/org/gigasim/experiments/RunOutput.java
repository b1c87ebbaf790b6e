package org.gigasim.experiments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.OutputStep;
import org.gigasim.results.PartialResult;
import org.gigasim.results.ReplicationSnapshot;
import org.gigasim.results.RunWriter;
import org.gigasim.scenarios.LoadedScenario;

/**
 * The outputs of a {@link RunPlan}, written from its replications fed in index order from 0:
 * one at a time, or as partial results of consecutive ranges (as a Spark driver collects
 * them, partition after partition). Besides the run's files it keeps
 * {@code partial-result.bin}, from which the run can be extended later. Closing it without
 * {@link #finish} discards everything.
 */
public final class RunOutput implements AutoCloseable {

    private final RunPlan plan;
    private final RunWriter writer;
    private int next;

    RunOutput(RunPlan plan, OutputDirectory directory) throws IOException {
        this.plan = plan;
        this.writer = new RunWriter(directory, plan.info(), new SimCalendar(plan.scenario().start()),
                plan.header().trace());
        try {
            writer.keepPartialResult(plan.header());
        } catch (IOException | RuntimeException e) {
            writer.abort();
            throw e;
        }
    }

    /** Adds the next replication. */
    public void accept(ReplicationSnapshot snapshot) throws IOException {
        if (snapshot.replication() != next) {
            throw new IllegalArgumentException("replication " + snapshot.replication() + " arrived where " + next
                    + " was due");
        }
        writer.accept(snapshot);
        next++;
    }

    /**
     * Adds the replications of {@code part}, which must belong to this run and start where the
     * replications added so far end.
     */
    public void accept(PartialResult part) throws IOException {
        String difference = plan.header().withReplications(part.header().replications()).difference(part.header());
        if (difference != null) {
            throw new IllegalArgumentException("a partial result of another run: " + difference);
        }
        for (ReplicationSnapshot snapshot : part.replications()) {
            accept(snapshot);
        }
    }

    /** Raises the number of replications the run will have (the precision loop). */
    public void expectReplications(int replications) {
        writer.expectReplications(replications);
    }

    /** Whether the time series' percentiles were dropped for lack of memory. */
    public boolean percentilesDropped() {
        return writer.percentilesDropped();
    }

    /** Writes the aggregated outputs and {@code scenario.resolved.yaml}, runs {@code last}, and moves the folder into place. */
    public void finish(OutputStep last) throws IOException {
        writer.finish(dir -> {
            Files.writeString(dir.resolve(LoadedScenario.RESOLVED_FILE), plan.header().resolvedYaml(),
                    StandardCharsets.UTF_8);
            last.writeInto(dir);
        });
    }

    /** Discards the outputs unless {@link #finish} completed. */
    @Override
    public void close() {
        writer.close();
    }
}
