package org.gigasim.charts;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Everything the run charts read from an output folder, with one palette each for clouds,
 * labs and vendors so that an id has the same colour in every chart.
 */
record RunData(RunSummary summary, Timeseries timeseries, JobWaits jobs, Palette clouds, Palette labs,
        Palette vendors) {

    /** Reads {@code summary.json}, {@code timeseries.csv} and {@code jobs.csv} from {@code dir}. */
    static RunData read(Path dir) throws IOException {
        RunSummary summary = RunSummary.read(dir.resolve("summary.json"));
        Timeseries ts = Timeseries.read(dir.resolve("timeseries.csv"), summary);
        JobWaits jobs = JobWaits.read(dir.resolve("jobs.csv"));
        java.util.TreeSet<String> labs = ts.values(Series.Key::lab);
        labs.addAll(jobs.waitsByLab().keySet());
        return new RunData(summary, ts, jobs, new Palette(ts.values(Series.Key::cloud)), new Palette(labs),
                new Palette(ts.vendors()));
    }

    String footer() {
        return summary.footer();
    }
}
