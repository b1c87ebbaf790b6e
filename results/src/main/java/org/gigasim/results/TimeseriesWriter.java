package org.gigasim.results;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gigasim.model.metrics.SeriesKey;

/**
 * {@code timeseries.csv}: one row per series and sample time, with the mean over the
 * replications that recorded it, the bounds of its 95% confidence interval (t-based, clipped
 * to the metric's range) and the 5th, 50th and 95th percentiles of the replications' values.
 * With {@code --keep-replications}, {@code timeseries_replications.csv} also holds every
 * replication's own rows, written as each replication arrives.
 */
final class TimeseriesWriter implements Closeable {

    static final String FILE = OutputFiles.TIMESERIES;
    static final String REPLICATIONS_FILE = OutputFiles.TIMESERIES_REPLICATIONS;
    static final List<String> COLUMNS = KeyColumns.around(List.of("time_h", "date"),
            List.of("mean", "ci95_low", "ci95_high", "p05", "p50", "p95"));
    static final List<String> REPLICATION_COLUMNS = KeyColumns.around(List.of("replication", "time_h", "date"),
            List.of("value"));

    private final Path directory;
    private final Cells cells;
    private final CsvOutput replications;

    /** @param keepReplications whether to write {@value #REPLICATIONS_FILE} */
    TimeseriesWriter(Path directory, Cells cells, boolean keepReplications) throws IOException {
        this.directory = directory;
        this.cells = cells;
        this.replications = keepReplications ? new CsvOutput(directory.resolve(REPLICATIONS_FILE), REPLICATION_COLUMNS)
                : null;
    }

    /** Writes one replication's rows to {@value #REPLICATIONS_FILE}, if it is kept. */
    void replication(int replication, List<SeriesSnapshot> all) throws IOException {
        if (replications == null) {
            return;
        }
        String label = Integer.toString(replication);
        for (SeriesSnapshot series : all) {
            for (int i = 0; i < series.size(); i++) {
                List<String> row = new ArrayList<>(List.of(label, Cells.number(series.time(i)),
                        cells.date(series.time(i))));
                row.addAll(KeyColumns.cells(series.key()));
                row.add(Cells.number(series.value(i)));
                replications.row(row.toArray(String[]::new));
            }
        }
    }

    /** Writes {@value #FILE}: one row per series and sample time, in series then time order. */
    void aggregate(Map<SeriesKey, PointMoments> points, Confidence confidence) throws IOException {
        try (CsvOutput csv = new CsvOutput(directory.resolve(FILE), COLUMNS)) {
            for (Map.Entry<SeriesKey, PointMoments> entry : points.entrySet()) {
                SeriesKey key = entry.getKey();
                List<String> keyCells = KeyColumns.cells(key);
                PointMoments moments = entry.getValue();
                for (int i = 0; i < moments.size(); i++) {
                    double mean = moments.mean(i);
                    double halfWidth = confidence.halfWidth(moments.count(i), moments.stdev(i));
                    double[] p = Aggregator.percentiles(moments.values(i));
                    List<String> row = new ArrayList<>(COLUMNS.size());
                    row.add(Cells.number(moments.time(i)));
                    row.add(cells.date(moments.time(i)));
                    row.addAll(keyCells);
                    row.add(Cells.number(mean));
                    row.add(Cells.number(Confidence.low(key.metric(), mean, halfWidth)));
                    row.add(Cells.number(Confidence.high(key.metric(), mean, halfWidth)));
                    row.add(Cells.number(p[0]));
                    row.add(Cells.number(p[1]));
                    row.add(Cells.number(p[2]));
                    csv.row(row.toArray(String[]::new));
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (replications != null) {
            replications.close();
        }
    }
}
