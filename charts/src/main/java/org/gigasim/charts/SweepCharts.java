package org.gigasim.charts;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.gigasim.results.OutputFiles;
import org.gigasim.results.Columns;

/**
 * Charts of {@code sweep.csv}: each headline metric's last-year figure (at its coarsest level,
 * summed over traffic classes where figures add up) against each varied parameter (with 95% CI
 * whiskers when one parameter varies, marginal means over the other parameters when several
 * do), and a tornado chart per metric when several vary. Headline metrics come from the catalog.
 */
final class SweepCharts {

    /** One point's value of one metric for one entity; the interval is dropped when rows were summed. */
    private record Value(double mean, double low, double high) {
    }

    private SweepCharts() {
    }

    static List<Chart> charts(Path dir, RunData run) throws IOException {
        List<Csv.Row> rows = new ArrayList<>();
        List<String> header = Csv.read(dir.resolve(OutputFiles.SWEEP_CSV), rows::add);
        List<String> params = new ArrayList<>();
        header.forEach(h -> {
            if (!Experiment.FIXED_COLUMNS.contains(h) && !h.isEmpty()) {
                params.add(h);
            }
        });
        if (params.isEmpty() || !header.contains(Columns.METRIC)) {
            return List.of();
        }
        int lastYear = Integer.MIN_VALUE;
        for (Csv.Row r : rows) {
            lastYear = Math.max(lastYear, (int) r.number(Columns.YEAR));
        }
        // metric -> entity -> point (its parameter values) -> value
        Map<Metric, Map<String, Map<List<String>, Value>>> table = new TreeMap<>();
        for (Csv.Row r : rows) {
            SeriesKey key = Keys.of(r);
            boolean year = !header.contains(Columns.YEAR) || (int) r.number(Columns.YEAR) == lastYear;
            if (!year || key == null || !key.metric().headline() || !Keys.coarsest(key)
                    || Double.isNaN(r.number(Columns.MEAN))) {
                continue;
            }
            String entity = Experiment.additive(key.metric()) ? Keys.label(key, Dimension.TRAFFIC_CLASS)
                    : Keys.label(key);
            List<String> point = new ArrayList<>();
            params.forEach(p -> point.add(r.get(p)));
            Value v = new Value(r.number(Columns.MEAN), r.number(Columns.CI95_LOW), r.number(Columns.CI95_HIGH));
            table.computeIfAbsent(key.metric(), m -> new TreeMap<>())
                    .computeIfAbsent(entity, e -> new LinkedHashMap<>())
                    .merge(point, v, (a, b) -> new Value(a.mean() + b.mean(), Double.NaN, Double.NaN));
        }
        String footer = Experiment.footer(run, dir.resolve(OutputFiles.SWEEP_JSON), "gigasim sweep");
        Palette palette = new Palette(entities(table));
        List<Chart> charts = new ArrayList<>();
        for (Map.Entry<Metric, Map<String, Map<List<String>, Value>>> e : table.entrySet()) {
            charts.add(metricChart(e.getKey(), e.getValue(), params, palette, footer, lastYear));
        }
        if (params.size() > 1) {
            for (Map.Entry<Metric, Map<String, Map<List<String>, Value>>> e : table.entrySet()) {
                charts.add(tornado(e.getKey(), e.getValue(), params, footer, lastYear));
            }
        }
        return charts;
    }

    private static TreeSet<String> entities(Map<Metric, Map<String, Map<List<String>, Value>>> table) {
        TreeSet<String> all = new TreeSet<>();
        table.values().forEach(m -> all.addAll(m.keySet()));
        return all;
    }

    /** The values parameter {@code p} takes, numerically sorted when all are numbers. */
    static List<String> levels(Map<String, Map<List<String>, Value>> byEntity, int p) {
        TreeSet<String> values = new TreeSet<>(SweepCharts::compareLevels);
        byEntity.values().forEach(points -> points.keySet().forEach(point -> values.add(point.get(p))));
        return new ArrayList<>(values);
    }

    private static int compareLevels(String a, String b) {
        try {
            int c = Double.compare(Double.parseDouble(a), Double.parseDouble(b));
            return c != 0 ? c : a.compareTo(b);
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    private static Chart metricChart(Metric metric, Map<String, Map<List<String>, Value>> byEntity,
            List<String> params, Palette palette, String footer, int year) {
        String unit = metric.unit();
        NumberAxis valueAxis = Plots.valueAxis(metric.id() + " in " + year + " (" + unit + ")",
                unit.equals("fraction"));
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(valueAxis);
        plot.setGap(16);
        for (int p = 0; p < params.size(); p++) {
            List<String> levels = levels(byEntity, p);
            YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
            XYErrorRenderer renderer = new XYErrorRenderer();
            renderer.setDrawXError(false);
            renderer.setDefaultLinesVisible(true);
            renderer.setCapLength(6);
            for (Map.Entry<String, Map<List<String>, Value>> e : byEntity.entrySet()) {
                YIntervalSeries series = new YIntervalSeries(e.getKey(), false, false);
                for (int i = 0; i < levels.size(); i++) {
                    addLevel(series, i, e.getValue(), p, levels.get(i), params.size() == 1);
                }
                dataset.addSeries(series);
                renderer.setSeriesPaint(dataset.getSeriesCount() - 1, palette.colour(e.getKey()));
                renderer.setSeriesStroke(dataset.getSeriesCount() - 1, Plots.SOLID);
            }
            SymbolAxis axis = new SymbolAxis(params.get(p), levels.toArray(new String[0]));
            axis.setGridBandsVisible(false);
            XYPlot sub = new XYPlot(dataset, axis, null, renderer);
            Plots.styleXY(sub);
            plot.add(sub);
        }
        List<String> names = new ArrayList<>(byEntity.keySet());
        List<Color> colours = new ArrayList<>();
        names.forEach(n -> colours.add(palette.colour(n)));
        plot.setFixedLegendItems(Plots.legend(names, colours));
        String how = params.size() == 1 ? "mean with 95% CI whiskers" : "mean over the other parameters' values";
        return Chart.of("sweep-" + Experiment.slug(metric.id()), metric.id() + " in " + year + " against each varied "
                + "parameter (" + how + "), one line per cloud, lab or vendor.",
                Plots.chart(metric.id() + " across the sweep", plot, footer), List.of(metric));
    }

    private static void addLevel(YIntervalSeries series, int x, Map<List<String>, Value> points, int p, String level,
            boolean whiskers) {
        double sum = 0;
        int n = 0;
        Value only = null;
        for (Map.Entry<List<String>, Value> e : points.entrySet()) {
            if (e.getKey().get(p).equals(level)) {
                sum += e.getValue().mean();
                n++;
                only = e.getValue();
            }
        }
        if (n == 0) {
            return;
        }
        double mean = sum / n;
        boolean ci = whiskers && n == 1 && !Double.isNaN(only.low()) && !Double.isNaN(only.high());
        series.add(x, mean, ci ? only.low() : mean, ci ? only.high() : mean);
    }

    private static Chart tornado(Metric metric, Map<String, Map<List<String>, Value>> byEntity, List<String> params,
            String footer, int year) {
        Map<List<String>, Double> totals = new LinkedHashMap<>();
        String unit = metric.unit();
        boolean additive = Experiment.additive(metric);
        for (Map<List<String>, Value> points : byEntity.values()) {
            points.forEach((point, v) -> totals.merge(point, v.mean(), Double::sum));
        }
        if (!additive) {
            totals.replaceAll((point, v) -> v / byEntity.size());
        }
        double base = totals.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        List<double[]> swings = new ArrayList<>();
        for (int p = 0; p < params.size(); p++) {
            List<String> levels = levels(byEntity, p);
            swings.add(new double[] {p, marginal(totals, p, levels.get(0)) - base,
                marginal(totals, p, levels.get(levels.size() - 1)) - base});
        }
        swings.sort(Comparator.comparingDouble((double[] s) -> -Math.abs(s[2] - s[1])));
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (double[] s : swings) {
            List<String> levels = levels(byEntity, (int) s[0]);
            String name = params.get((int) s[0]) + " (" + levels.get(0) + " → " + levels.get(levels.size() - 1) + ")";
            dataset.addValue(s[1], "at its lowest value", name);
            dataset.addValue(s[2], "at its highest value", name);
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setSeriesPaint(0, new Color(0x0072B2));
        renderer.setSeriesPaint(1, new Color(0xE69F00));
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setItemMargin(0.0);
        String label = "Change in " + (additive ? "total " : "mean ") + metric.id() + " from the sweep mean (" + unit
                + ")";
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), Plots.valueAxis(label,
                unit.equals("fraction")), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        return Chart.of("tornado-" + Experiment.slug(metric.id()), "Tornado for " + metric.id() + " in " + year
                + ": how far the mean over all other parameters moves from the sweep mean when one parameter is at "
                + "its lowest and its highest value; the widest swing is on top.",
                Plots.chart("Sensitivity of " + metric.id() + " (tornado)", plot, footer), List.of(metric));
    }

    private static double marginal(Map<List<String>, Double> totals, int p, String level) {
        return totals.entrySet().stream().filter(e -> e.getKey().get(p).equals(level))
                .mapToDouble(Map.Entry::getValue).average().orElse(Double.NaN);
    }
}
