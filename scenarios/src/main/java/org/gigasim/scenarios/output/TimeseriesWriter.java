package org.gigasim.scenarios.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gigasim.model.metrics.Recorder;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;

/**
 * {@code timeseries.csv}: one value per row. Either each replication's samples, in
 * replication order and within it by series key and time, or per series key and time the
 * mean over replications followed by the bounds of its t-based 95% confidence interval.
 */
final class TimeseriesWriter implements Closeable {

    static final String FILE = "timeseries.csv";
    static final List<String> COLUMNS = KeyColumns.around(List.of("replication", "time_h", "date"), List.of("value"));

    private final CsvOutput csv;
    private final Cells cells;

    TimeseriesWriter(Path directory, Cells cells) throws IOException {
        this.csv = new CsvOutput(directory.resolve(FILE), COLUMNS);
        this.cells = cells;
    }

    void replication(int replication, Recorder recorder) throws IOException {
        String label = Integer.toString(replication);
        for (Map.Entry<SeriesKey, Series> entry : recorder.series().entrySet()) {
            Series series = entry.getValue();
            for (int i = 0; i < series.size(); i++) {
                row(label, series.time(i), entry.getKey(), series.value(i));
            }
        }
    }

    void aggregate(Map<SeriesKey, PointMoments> points, Confidence confidence) throws IOException {
        for (Map.Entry<SeriesKey, PointMoments> entry : points.entrySet()) {
            PointMoments moments = entry.getValue();
            for (int i = 0; i < moments.size(); i++) {
                double mean = moments.mean(i);
                double halfWidth = confidence.halfWidth(moments.count(i), moments.stdev(i));
                row("mean", moments.time(i), entry.getKey(), mean);
                row("ci95_low", moments.time(i), entry.getKey(), mean - halfWidth);
                row("ci95_high", moments.time(i), entry.getKey(), mean + halfWidth);
            }
        }
    }

    private void row(String replication, double time, SeriesKey key, double value) throws IOException {
        List<String> row = new java.util.ArrayList<>(List.of(replication, Cells.number(time), cells.date(time)));
        row.addAll(KeyColumns.cells(key));
        row.add(Cells.number(value));
        csv.row(row.toArray(String[]::new));
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
