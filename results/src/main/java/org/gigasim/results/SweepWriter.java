package org.gigasim.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.metrics.Recorder;

/**
 * Writes a sweep's {@code sweep.csv} and {@code sweep.json} (what was swept: the scenario,
 * its question and answer figures, the varied paths): one row per point and headline figure, the varied
 * values first (one column per varied path), then the metric, its dimensions and year, and
 * the mean, 95% interval and percentiles over the point's replications. Points are fed one
 * after another, each with its replications in order; a point's rows are written when it
 * ends, so only one point's figures are held at a time.
 */
public final class SweepWriter implements Closeable {

    static final String FILE = OutputFiles.SWEEP_CSV;
    static final String JSON_FILE = OutputFiles.SWEEP_JSON;
    static final List<String> FIGURE_COLUMNS = KeyColumns.around(List.of(), List.of("year", "mean", "ci95_low",
            "ci95_high", "p05", "p50", "p95"));

    private final int parameters;
    private final List<String> paths;
    private final SweepInfo info;
    private int pointCount;
    private final OutputDirectory directory;
    private final CsvOutput csv;
    private List<String> values;
    private Aggregator point;
    private boolean done;

    /** Opens the temporary directory next to {@code target}, with one column per varied path. */
    public SweepWriter(Path target, List<String> paths) throws IOException {
        this(OutputDirectory.create(target), paths, new SweepInfo("sweep", "", List.of(), 0, 1, "unknown"));
    }

    /** Writes into {@code directory}, which replaces its target on {@link #finish()}. */
    public SweepWriter(OutputDirectory directory, List<String> paths, SweepInfo info) throws IOException {
        this.parameters = paths.size();
        this.paths = List.copyOf(paths);
        this.info = info;
        this.directory = directory;
        List<String> columns = new ArrayList<>(paths);
        columns.addAll(FIGURE_COLUMNS);
        try {
            this.csv = new CsvOutput(directory.path().resolve(FILE), columns);
        } catch (IOException | RuntimeException e) {
            directory.discard();
            throw e;
        }
    }

    /** Starts a point: its varied values, in path order, and the calendar of its run. */
    public void startPoint(List<String> pointValues, SimCalendar calendar) {
        requireOpen();
        if (point != null) {
            throw new IllegalStateException("the point " + values + " has not ended");
        }
        if (pointValues.size() != parameters) {
            throw new IllegalArgumentException(pointValues.size() + " values for " + parameters + " varied paths");
        }
        this.values = List.copyOf(pointValues);
        this.point = new Aggregator(calendar, false);
    }

    /** Adds the current point's next replication. */
    public void accept(Recorder recorder) {
        requireOpen();
        if (point == null) {
            throw new IllegalStateException("no point started");
        }
        point.accept(recorder);
    }

    /** Adds the current point's next replication, reduced to its headline figures (as {@link HeadlineFigures} does). */
    public void accept(SortedMap<HeadlineFigures.Cell, Double> figures) {
        requireOpen();
        if (point == null) {
            throw new IllegalStateException("no point started");
        }
        point.accept(figures);
    }

    /** Writes the current point's rows and forgets its figures. */
    public void endPoint() throws IOException {
        requireOpen();
        for (Figure f : point.figures()) {
            List<String> row = new ArrayList<>(values);
            row.addAll(KeyColumns.cells(f.key()));
            row.addAll(List.of(Integer.toString(f.year()), Cells.number(f.mean()),
                    Cells.number(f.ci95Low()), Cells.number(f.ci95High()), Cells.number(f.p05()),
                    Cells.number(f.p50()), Cells.number(f.p95())));
            csv.row(row.toArray(String[]::new));
        }
        point = null;
        pointCount++;
    }

    /** Closes the file and moves the directory into place. */
    public void finish() throws IOException {
        finish(dir -> { });
    }

    /**
     * Like {@link #finish()}, running {@code last} (charts, a report) in the temporary directory
     * after the data files are written and before it moves into place.
     */
    public void finish(OutputStep last) throws IOException {
        requireOpen();
        if (point != null) {
            throw new IllegalStateException("the point " + values + " has not ended");
        }
        try {
            csv.close();
            writeJson();
            last.writeInto(directory.path());
            directory.commit();
            done = true;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Discards everything unless {@link #finish()} completed. */
    @Override
    public void close() throws IOException {
        if (!done) {
            done = true;
            try {
                csv.close();
            } finally {
                directory.discard();
            }
        }
    }

    private void writeJson() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put(Columns.SCENARIO, info.scenario());
        root.put(Columns.QUESTION, info.question());
        Answers.write(root, info.answer());
        paths.forEach(root.putArray("varied")::add);
        root.put("points", pointCount);
        root.put(Columns.SEED, info.seed());
        root.put(Columns.REPLICATIONS, info.replications());
        root.put("gigasim_version", info.gigasimVersion());
        Summary.writeJson(root, directory.path().resolve(JSON_FILE));
    }

    private void requireOpen() {
        if (done) {
            throw new IllegalStateException("sweep outputs for " + directory.target() + " were already finished");
        }
    }
}
