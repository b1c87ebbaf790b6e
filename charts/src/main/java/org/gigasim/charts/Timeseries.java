package org.gigasim.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The series of {@code timeseries.csv} that charts draw (site-level rows and per-cloud served
 * rows are skipped to keep memory small). Aggregated files give the mean and its 95% CI rows;
 * files with every replication's rows are averaged here, with a t-based 95% CI.
 */
final class Timeseries {

    /** At most this many points per series are kept; denser series are thinned evenly. */
    static final int MAX_POINTS = 600;

    private static final Set<String> METRICS = Set.of("power_online_mw", "power_used_mw", "stranded_power_mw",
            "capacity_h100e", "capacity_share_by_vendor", "demand_h100e", "served_h100e", "unserved_h100e",
            "compute_share", "backlog_usd", "backlog_top_share", "revenue_usd", "hhi_compute_by_cloud");

    private final Map<Series.Key, Series> series;

    private Timeseries(Map<Series.Key, Series> series) {
        this.series = series;
    }

    /** Reads the charted series of {@code file}; times are counted from {@code summary}'s start date. */
    static Timeseries read(Path file, RunSummary summary) throws IOException {
        double startMs = summary.startDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        Map<Series.Key, Builder> builders = new TreeMap<>(KEY_ORDER);
        Csv.read(file, row -> {
            String metric = row.get("metric");
            if (!METRICS.contains(metric) || !row.get("site").isEmpty() || !row.get("region").isEmpty()
                    || (metric.equals("served_h100e") && !row.get("cloud").isEmpty())) {
                return;
            }
            // Charts keep one slot for the accelerator or, for vendor shares, the vendor.
            String accelerator = row.get("accelerator").isEmpty() ? row.get("vendor") : row.get("accelerator");
            Series.Key key = new Series.Key(metric, row.get("lab"), row.get("cloud"), accelerator,
                    row.get("traffic_class"));
            Builder b = builders.computeIfAbsent(key, k -> new Builder(row.get("unit")));
            double t = startMs + row.number("time_h") * 3_600_000.0;
            double v = row.number("value");
            switch (row.get("replication")) {
                case "mean" -> b.point(t).mean = v;
                case "ci95_low" -> b.point(t).low = v;
                case "ci95_high" -> b.point(t).high = v;
                default -> b.point(t).add(v);
            }
        });
        Set<Double> kept = thinnedTimes(builders.values());
        Map<Series.Key, Series> built = new LinkedHashMap<>();
        builders.forEach((key, b) -> built.put(key, b.build(key, kept)));
        return new Timeseries(built);
    }

    /**
     * The sample times dense series keep: every k-th of all their times, so that series drawn
     * together (stacked) stay aligned. Series with at most {@link #MAX_POINTS} points keep all.
     */
    private static Set<Double> thinnedTimes(Iterable<Builder> builders) {
        TreeSet<Double> all = new TreeSet<>();
        for (Builder b : builders) {
            if (b.points.size() > MAX_POINTS) {
                all.addAll(b.points.keySet());
            }
        }
        int step = Math.max(1, (all.size() + MAX_POINTS - 1) / MAX_POINTS);
        Set<Double> kept = new java.util.HashSet<>();
        int i = 0;
        for (double t : all) {
            if (i++ % step == 0 || t == all.last()) {
                kept.add(t);
            }
        }
        return kept;
    }

    private static final Comparator<Series.Key> KEY_ORDER = Comparator.comparing(Series.Key::metric)
            .thenComparing(Series.Key::lab).thenComparing(Series.Key::cloud).thenComparing(Series.Key::accelerator)
            .thenComparing(Series.Key::trafficClass);

    /** The series of {@code metric} whose key passes {@code filter}, in key order. */
    List<Series> find(String metric, Predicate<Series.Key> filter) {
        List<Series> found = new ArrayList<>();
        for (Series s : series.values()) {
            if (s.key().metric().equals(metric) && filter.test(s.key())) {
                found.add(s);
            }
        }
        return found;
    }

    /** The one series with exactly these dimensions, or null. */
    Series get(String metric, String lab, String cloud, String accelerator, String trafficClass) {
        return series.get(new Series.Key(metric, lab, cloud, accelerator, trafficClass));
    }

    /** Every value a dimension takes in the series of {@code metric} (empty metric: all), sorted. */
    TreeSet<String> values(java.util.function.Function<Series.Key, String> dimension) {
        TreeSet<String> ids = new TreeSet<>();
        for (Series.Key k : series.keySet()) {
            String v = dimension.apply(k);
            if (!v.isEmpty() && !k.metric().equals("capacity_share_by_vendor")) {
                ids.add(v);
            }
        }
        return ids;
    }

    /** The vendors of {@code capacity_share_by_vendor}, sorted. */
    TreeSet<String> vendors() {
        TreeSet<String> ids = new TreeSet<>();
        find("capacity_share_by_vendor", k -> true).forEach(s -> ids.add(s.key().accelerator()));
        return ids;
    }

    private static final class Point {
        double mean = Double.NaN;
        double low = Double.NaN;
        double high = Double.NaN;
        long n;
        double sum;
        double sumSquares;

        void add(double v) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
                sumSquares += v * v;
            }
        }

        /** Fills mean and bounds from replication rows, when the file had those instead of aggregates. */
        void settle() {
            if (n == 0) {
                return;
            }
            mean = sum / n;
            double halfWidth = 0;
            if (n > 1) {
                double variance = Math.max(0, (sumSquares - n * mean * mean) / (n - 1));
                halfWidth = TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(variance / n);
            }
            low = mean - halfWidth;
            high = mean + halfWidth;
        }
    }

    private static final class Builder {
        final String unit;
        final TreeMap<Double, Point> points = new TreeMap<>();

        Builder(String unit) {
            this.unit = unit;
        }

        Point point(double t) {
            return points.computeIfAbsent(t, x -> new Point());
        }

        Series build(Series.Key key, Set<Double> keptTimes) {
            boolean dense = points.size() > MAX_POINTS;
            List<Map.Entry<Double, Point>> thinned = new ArrayList<>();
            for (Map.Entry<Double, Point> e : points.entrySet()) {
                e.getValue().settle();
                if (!Double.isNaN(e.getValue().mean) && (!dense || keptTimes.contains(e.getKey()))) {
                    thinned.add(e);
                }
            }
            int size = thinned.size();
            double[] t = new double[size];
            double[] mean = new double[size];
            double[] low = new double[size];
            double[] high = new double[size];
            for (int i = 0; i < size; i++) {
                Point p = thinned.get(i).getValue();
                t[i] = thinned.get(i).getKey();
                mean[i] = p.mean;
                low[i] = Double.isNaN(p.low) ? p.mean : p.low;
                high[i] = Double.isNaN(p.high) ? p.mean : p.high;
            }
            return new Series(key, unit, t, mean, low, high);
        }
    }
}
