package org.gigasim.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.results.Columns;

/**
 * The series of {@code timeseries.csv} that charts draw, keyed by the catalog's
 * {@link SeriesKey}: each row's mean over replications and its 95% CI. Flows are summed per calendar
 * quarter ({@link Quarters}); stocks, levels and event means keep their rows, and a series
 * with more than {@link #MAX_POINTS} rows is thinned onto a coarser grid of the run's sample
 * times: a stock keeps its readings at the grid's times, a level or event mean becomes the
 * time-weighted mean of its rows over each grid interval (exact for a level), bounds alike.
 */
final class Timeseries {

    /** At most this many points per series are kept; denser series are thinned. */
    static final int MAX_POINTS = 600;

    private final Map<SeriesKey, Series> series;
    private final double endMs;

    private Timeseries(Map<SeriesKey, Series> series, double endMs) {
        this.series = series;
        this.endMs = endMs;
    }

    /** Reads the series of {@code file} that {@code wanted} accepts; times count from {@code summary}'s start date. */
    static Timeseries read(Path file, RunSummary summary, Predicate<SeriesKey> wanted) throws IOException {
        Map<SeriesKey, Rows> rows = new TreeMap<>();
        TreeSet<Double> sampleTimes = new TreeSet<>(List.of(0.0));
        Csv.read(file, row -> {
            double t = row.number(Columns.TIME_H);
            if (Double.isNaN(t)) {
                return;
            }
            sampleTimes.add(t);
            SeriesKey key = Keys.of(row);
            if (key == null || !wanted.test(key)) {
                return;
            }
            Rows.Row r = rows.computeIfAbsent(key, k -> new Rows()).at(t);
            r.mean = row.number(Columns.MEAN);
            r.low = row.number(Columns.CI95_LOW);
            r.high = row.number(Columns.CI95_HIGH);
        });
        NavigableSet<Double> grid = thinnedGrid(sampleTimes);
        double originMs = summary.startDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        Map<SeriesKey, Series> built = new LinkedHashMap<>();
        rows.forEach((key, r) -> {
            r.settle();
            built.put(key, key.metric().kind() == Metric.Kind.FLOW
                    ? Quarters.sum(key, r, sampleTimes, summary.startDate())
                    : sampled(key, r, sampleTimes, r.byTime.size() > MAX_POINTS ? grid : null, originMs));
        });
        return new Timeseries(built, originMs + sampleTimes.last() * 3_600_000.0);
    }

    /** Every k-th sample time and the last, k chosen so that at most {@link #MAX_POINTS} remain. */
    private static NavigableSet<Double> thinnedGrid(NavigableSet<Double> sampleTimes) {
        int step = Math.max(1, (sampleTimes.size() + MAX_POINTS - 1) / MAX_POINTS);
        TreeSet<Double> kept = new TreeSet<>();
        int i = 0;
        for (double t : sampleTimes) {
            if (i++ % step == 0) {
                kept.add(t);
            }
        }
        kept.add(sampleTimes.last());
        return kept;
    }

    /** The rows of a stock, level or event mean; merged onto {@code grid} when it is not null. */
    private static Series sampled(SeriesKey key, Rows rows, NavigableSet<Double> sampleTimes,
            NavigableSet<Double> grid, double originMs) {
        boolean stock = key.metric().kind() == Metric.Kind.STOCK;
        List<double[]> out = new ArrayList<>(); // start, end, mean, low, high in hours and values
        double[] window = null;
        double weight = 0;
        for (Map.Entry<Double, Rows.Row> e : rows.byTime.entrySet()) {
            double t = e.getKey();
            Rows.Row r = e.getValue();
            double start = stock ? t : Rows.intervalStart(sampleTimes, t);
            if (grid == null) {
                out.add(new double[] {start, t, r.mean, r.low, r.high});
            } else if (stock) {
                if (grid.contains(t)) {
                    out.add(new double[] {t, t, r.mean, r.low, r.high});
                }
            } else {
                double end = grid.ceiling(t);
                if (window == null || window[1] != end) {
                    close(window, weight, out);
                    window = new double[] {start, end, 0, 0, 0};
                    weight = 0;
                }
                double w = t - start;
                window[2] += w * r.mean;
                window[3] += w * r.low;
                window[4] += w * r.high;
                weight += w;
            }
        }
        close(window, weight, out);
        int n = out.size();
        double[][] columns = new double[5][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 5; c++) {
                columns[c][i] = c < 2 ? originMs + out.get(i)[c] * 3_600_000.0 : out.get(i)[c];
            }
        }
        return new Series(key, columns[0], columns[1], columns[2], columns[3], columns[4]);
    }

    /** Turns a window's weighted sums into means and adds it to {@code out}. */
    private static void close(double[] window, double weight, List<double[]> out) {
        if (window != null && weight > 0) {
            for (int c = 2; c < 5; c++) {
                window[c] /= weight;
            }
            out.add(window);
        }
    }

    /** The series of {@code metric} whose key passes {@code filter}, in key order. */
    List<Series> find(Metric metric, Predicate<SeriesKey> filter) {
        List<Series> found = new ArrayList<>();
        for (Series s : series.values()) {
            if (s.key().metric() == metric && filter.test(s.key())) {
                found.add(s);
            }
        }
        return found;
    }

    /** The series of {@code metric} at its coarsest level ({@link Keys#coarsest}), in key order. */
    List<Series> coarsest(Metric metric) {
        return find(metric, Keys::coarsest);
    }

    /** The run's last sample time, milliseconds since the epoch (UTC). */
    double endMs() {
        return endMs;
    }

    /** The one series with exactly this key, or null. */
    Series get(SeriesKey key) {
        return series.get(key);
    }

    /** Every catalog metric with at least one series, in catalog order. */
    List<Metric> metrics() {
        TreeSet<Metric> metrics = new TreeSet<>();
        series.keySet().forEach(k -> metrics.add(k.metric()));
        return new ArrayList<>(metrics);
    }

    /** Every value {@code dimension} takes over all series, sorted. */
    TreeSet<String> values(Dimension dimension) {
        TreeSet<String> ids = new TreeSet<>();
        for (SeriesKey k : series.keySet()) {
            if (!k.get(dimension).isEmpty()) {
                ids.add(k.get(dimension));
            }
        }
        return ids;
    }
}
