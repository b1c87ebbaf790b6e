package org.gigasim.results;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.world.ReplicationResult;

/**
 * Writes a run's outputs ({@code summary.json}, {@code timeseries.csv}, {@code jobs.csv},
 * {@code contracts.csv}, and {@code timeseries_replications.csv} and {@code trace.jsonl} if
 * asked) from replication results fed one at a time in replication order. Per-replication
 * rows are written as each result arrives; the directory appears at the target only when
 * {@link #finish()} completes.
 *
 * <pre>{@code
 * try (RunWriter out = new RunWriter(Path.of("runs/base"), info, world.calendar(), false)) {
 *     for (int r = 0; r < info.replications(); r++) {
 *         out.accept(runReplication(r));
 *     }
 *     out.finish();
 * } // closing without finish() discards everything written
 * }</pre>
 */
public final class RunWriter implements Closeable {

    private RunInfo info;
    private final OutputDirectory directory;
    private final Aggregator aggregator;
    private final TimeseriesWriter timeseries;
    private final TableWriter tables;
    private final TraceWriter trace;
    private final SimCalendar calendar;
    private PartialResultWriter partial;
    private int accepted;
    private int lastReplication = Integer.MIN_VALUE;
    private boolean done;

    /**
     * Opens the temporary directory next to {@code target} and the files written as results arrive.
     *
     * @param trace whether to write {@code trace.jsonl}
     */
    public RunWriter(Path target, RunInfo info, SimCalendar calendar, boolean trace) throws IOException {
        this(OutputDirectory.create(target), info, calendar, trace);
    }

    /** Like {@link #RunWriter(Path, RunInfo, SimCalendar, boolean)}, into an output directory already created. */
    public RunWriter(OutputDirectory directory, RunInfo info, SimCalendar calendar, boolean trace) throws IOException {
        this.info = Objects.requireNonNull(info, "info");
        this.directory = directory;
        this.aggregator = new Aggregator(calendar, true);
        aggregator.expectReplications(info.replications());
        this.calendar = calendar;
        Cells cells = new Cells(calendar);
        List<Closeable> opened = new ArrayList<>();
        try {
            this.timeseries = open(opened, new TimeseriesWriter(directory.path(), cells, info.keepReplications()));
            this.tables = open(opened, new TableWriter(directory.path()));
            this.trace = trace ? open(opened, new TraceWriter(directory.path())) : null;
        } catch (IOException | RuntimeException e) {
            closeAll(opened, e);
            discardQuietly(e);
            throw e;
        }
    }

    /**
     * Also writes {@value OutputFiles#PARTIAL_RESULT}, every replication's snapshot, from which
     * the run can be extended or merged; call before the first replication.
     */
    public void keepPartialResult(PartialHeader header) throws IOException {
        requireOpen();
        if (accepted > 0 || partial != null) {
            throw new IllegalStateException("the partial result is kept from the first replication on");
        }
        partial = new PartialResultWriter(directory.path().resolve(OutputFiles.PARTIAL_RESULT), header, 0);
    }

    /** Raises the number of replications the run will have, for a run extended until it reaches a precision. */
    public void expectReplications(int replications) {
        requireOpen();
        info = info.withReplications(replications);
        aggregator.expectReplications(replications);
        if (partial != null) {
            partial.expectReplications(replications);
        }
    }

    /**
     * Whether {@code timeseries.csv} has no percentiles: the run's per-replication values
     * outgrew the memory kept for them. Known once every replication was accepted.
     */
    public boolean percentilesDropped() {
        return aggregator.percentilesDropped();
    }

    /** Adds one replication's result; results must come in increasing replication order. */
    public void accept(ReplicationResult result) throws IOException {
        accept(ReplicationSnapshot.of(result, calendar));
    }

    /** Adds one replication's snapshot; they must come in increasing replication order. */
    public void accept(ReplicationSnapshot result) throws IOException {
        requireOpen();
        if (result.replication() <= lastReplication) {
            throw new IllegalArgumentException("replication " + result.replication() + " arrived after replication "
                    + lastReplication + "; results must come in replication order");
        }
        lastReplication = result.replication();
        accepted++;
        aggregator.accept(result.series());
        timeseries.replication(result.replication(), result.series());
        tables.replication(result.jobRows(), result.contractRows());
        if (trace != null) {
            trace.replication(result.traceLines());
        }
        if (partial != null) {
            partial.append(result);
        }
    }

    /**
     * Writes the aggregated outputs and moves the directory into place. On failure the
     * temporary directory is deleted and the target is left as it was.
     */
    public void finish() throws IOException {
        finish(dir -> { });
    }

    /**
     * Like {@link #finish()}, running {@code last} (charts, a report) in the temporary directory
     * after the data files are written and before it moves into place.
     */
    public void finish(OutputStep last) throws IOException {
        requireOpen();
        try {
            if (accepted != info.replications()) {
                throw new IllegalStateException("expected " + info.replications() + " replications but received "
                        + accepted);
            }
            timeseries.aggregate(aggregator.points(), aggregator.confidence());
            if (partial != null) {
                partial.finish();
            }
            closeWriters();
            Summary.write(directory.path(), info, aggregator.figures());
            last.writeInto(directory.path());
            directory.commit();
            done = true;
        } catch (IOException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    /** Discards everything written so far; the target is left as it was. */
    public void abort() {
        if (done) {
            return;
        }
        done = true;
        try {
            closeWriters();
        } catch (IOException e) {
            // The files are being deleted; a failure to flush them does not matter.
        }
        try {
            directory.discard();
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory.path(), e);
        }
    }

    /** Aborts unless {@link #finish()} completed. */
    @Override
    public void close() {
        abort();
    }

    private void requireOpen() {
        if (done) {
            throw new IllegalStateException("run outputs for " + directory.target() + " were already finished or aborted");
        }
    }

    private void closeWriters() throws IOException {
        List<Closeable> writers = new ArrayList<>();
        writers.add(timeseries);
        writers.add(tables);
        if (trace != null) {
            writers.add(trace);
        }
        if (partial != null) {
            writers.add(partial);
        }
        IOException first = null;
        for (Closeable writer : writers) {
            try {
                writer.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static <T extends Closeable> T open(List<Closeable> opened, T writer) {
        opened.add(writer);
        return writer;
    }

    private static void closeAll(List<Closeable> opened, Exception cause) {
        for (Closeable c : opened) {
            try {
                c.close();
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    private void discardQuietly(Exception cause) {
        try {
            directory.discard();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
