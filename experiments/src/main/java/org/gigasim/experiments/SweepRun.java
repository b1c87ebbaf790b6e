package org.gigasim.experiments;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.results.FigureArrays;
import org.gigasim.results.HeadlineFigures;
import org.gigasim.results.SweepWriter;

/**
 * Runs every point of a sweep with its replications as one stream of tasks on an executor, so
 * points run in parallel, and feeds the writer point after point, each point's replications
 * in order. Replication r of every point uses index r, so points share their common random
 * numbers as a comparison does. A task reduces its replication to headline figures where it
 * runs, the only thing {@code sweep.csv} needs. It is {@link Serializable} (each point a
 * {@link RunPlan}), so its tasks run on any executor, Spark's included.
 */
public final class SweepRun implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ArrayList<List<String>> values;
    private final ArrayList<RunPlan> points;
    private final long[] firstTask;

    /** {@code values.get(i)} are the varied values of {@code points.get(i)}, the run at that point. */
    public SweepRun(List<List<String>> values, List<RunPlan> points) {
        if (values.size() != points.size()) {
            throw new IllegalArgumentException(values.size() + " value lists for " + points.size() + " points");
        }
        this.values = new ArrayList<>();
        values.forEach(v -> this.values.add(new ArrayList<>(v)));
        this.points = new ArrayList<>(points);
        this.firstTask = new long[points.size() + 1];
        for (int p = 0; p < points.size(); p++) {
            firstTask[p + 1] = firstTask[p] + points.get(p).replications();
        }
    }

    /** Replications over all points. */
    public long tasks() {
        return firstTask[points.size()];
    }

    /** Runs every point and writes its rows; the caller finishes the writer. */
    public void run(ReplicationExecutor executor, SweepWriter writer, Progress progress) throws IOException {
        SweepRun shipped = this;
        executor.run(0, tasks(), shipped::replication, (i, figures) -> {
            int p = pointOf(i);
            if (i == firstTask[p]) {
                writer.startPoint(values.get(p), new SimCalendar(points.get(p).scenario().start()));
            }
            writer.accept(figures.toMap());
            if (i == firstTask[p + 1] - 1) {
                writer.endPoint();
            }
        }, progress);
    }

    /** Task {@code index}: its point's replication, reduced to headline figures. */
    FigureArrays replication(long index) {
        int p = pointOf(index);
        RunPlan point = points.get(p);
        HeadlineFigures figures = new HeadlineFigures(new SimCalendar(point.scenario().start()));
        return FigureArrays.of(figures.of(point.world((int) (index - firstTask[p])).run().recorder()));
    }

    private int pointOf(long index) {
        // Every point has at least one replication, so the first-task offsets are distinct.
        int p = Arrays.binarySearch(firstTask, index);
        return p >= 0 ? p : -p - 2;
    }
}
