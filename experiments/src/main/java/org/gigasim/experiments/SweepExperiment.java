package org.gigasim.experiments;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.OutputStep;
import org.gigasim.results.SweepInfo;
import org.gigasim.results.SweepWriter;

/**
 * {@code gigasim sweep} without the command line: every point of a sweep, each with its
 * replications, run as one stream of tasks and written to {@code sweep.csv} and {@code sweep.json}.
 */
public final class SweepExperiment {

    private final List<String> paths;
    private final SweepRun sweep;
    private final SweepInfo info;

    /**
     * @param paths the varied paths, in the order given
     * @param values each point's varied values
     * @param points the run at each point, seed and replications set
     */
    public SweepExperiment(List<String> paths, List<List<String>> values, List<RunPlan> points,
            String gigasimVersion) {
        this.paths = List.copyOf(paths);
        this.sweep = new SweepRun(values, points);
        ScenarioSpec first = points.get(0).scenario();
        this.info = new SweepInfo(first.name(), first.question(), first.answer(), first.seed(), first.replications(),
                gigasimVersion);
    }

    /** Replications over all points. */
    public long tasks() {
        return sweep.tasks();
    }

    /** Runs every point, writes the outputs, then {@code last} (charts), and moves the folder into place. */
    public void run(OutputDirectory directory, ReplicationExecutor executor, Progress progress,
            Consumer<String> phase, OutputStep last) throws IOException {
        try (SweepWriter writer = new SweepWriter(directory, paths, info)) {
            sweep.run(executor, writer, progress);
            progress.close();
            phase.accept("writing the outputs...");
            writer.finish(last);
        }
    }
}
