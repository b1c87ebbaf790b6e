package org.gigasim.experiments;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.ReplicationResult;
import org.gigasim.results.SweepWriter;

/**
 * Runs every point of a sweep with its replications as one stream of tasks on a runner, so
 * points run in parallel, and feeds the writer point after point, each point's
 * replications in order. Replication r of every point uses index r, so points share their
 * common random numbers as a comparison does.
 */
public final class SweepRun {

    private final List<List<String>> values;
    private final List<ScenarioSpec> points;
    private final ReplicationTask task;
    private final long[] firstTask;

    /** {@code values.get(i)} are the varied values of {@code points.get(i)}, the scenario run there. */
    public SweepRun(List<List<String>> values, List<ScenarioSpec> points, ReplicationTask task) {
        if (values.size() != points.size()) {
            throw new IllegalArgumentException(values.size() + " value lists for " + points.size() + " points");
        }
        this.values = List.copyOf(values);
        this.points = List.copyOf(points);
        this.task = task;
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
        executor.run(0, tasks(), this::replication, (i, result) -> {
            int p = pointOf(i);
            ScenarioSpec point = points.get(p);
            if (i == firstTask[p]) {
                writer.startPoint(values.get(p), new SimCalendar(point.start()));
            }
            writer.accept(result.recorder());
            if (i == firstTask[p + 1] - 1) {
                writer.endPoint();
            }
        }, progress);
    }

    private ReplicationResult replication(long index) {
        int p = pointOf(index);
        return task.run(points.get(p), (int) (index - firstTask[p]));
    }

    private int pointOf(long index) {
        // Every point has at least one replication, so the first-task offsets are distinct.
        int p = Arrays.binarySearch(firstTask, index);
        return p >= 0 ? p : -p - 2;
    }
}
