package org.gigasim.charts;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.results.OutputFiles;

/**
 * Everything the run charts read from an output folder, with one palette each for clouds,
 * labs and vendors so that an id has the same colour in every chart.
 */
record RunData(RunSummary summary, Timeseries timeseries, JobWaits jobs, Palette clouds, Palette labs,
        Palette vendors) {

    /**
     * Reads {@code summary.json}, {@code timeseries.csv} (each metric at its coarsest level, and
     * the finer series a chart asks for) and {@code jobs.csv} from {@code dir}.
     */
    static RunData read(Path dir) throws IOException {
        RunSummary summary = RunSummary.read(dir.resolve(OutputFiles.SUMMARY));
        Timeseries ts = Timeseries.read(dir.resolve(OutputFiles.TIMESERIES), summary,
                key -> Keys.coarsest(key) || CloudCharts.readsFiner(key));
        JobWaits jobs = JobWaits.read(dir.resolve(OutputFiles.JOBS));
        TreeSet<String> labs = ts.values(Dimension.LAB);
        labs.addAll(jobs.waitsByLab().keySet());
        return new RunData(summary, ts, jobs, new Palette(ts.values(Dimension.CLOUD)), new Palette(labs),
                new Palette(ts.values(Dimension.VENDOR)));
    }

    /** The colour of a series that is about one cloud, lab or vendor; else {@code other}'s colour for its label. */
    Color colour(SeriesKey key, Palette other) {
        Set<Dimension> dims = Keys.dimensions(key);
        if (dims.equals(EnumSet.of(Dimension.CLOUD))) {
            return clouds.colour(key.cloud());
        } else if (dims.equals(EnumSet.of(Dimension.LAB))) {
            return labs.colour(key.lab());
        } else if (dims.equals(EnumSet.of(Dimension.VENDOR))) {
            return vendors.colour(key.vendor());
        }
        return other.colour(Keys.label(key));
    }

    String footer() {
        return summary.footer();
    }
}
