package org.gigasim.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The catch-all chart of a chart group: one panel for each catalog metric of the group that a
 * run recorded and no dedicated chart draws, so a metric added to the catalog reaches the
 * report before anyone writes a chart for it. Each panel shows the metric at its coarsest
 * level, drawn by its kind: a stock as a line through its readings, a level as steps of its
 * interval means, a flow as steps of its calendar-quarter sums, an event mean as steps of its
 * yearly figures from {@code summary.json} (its rows weigh intervals without events as 0).
 */
final class GroupCharts {

    /** At most this many series per panel: the largest by their mean over time. */
    static final int MAX_LINES = 8;

    private GroupCharts() {
    }

    /** The catch-all chart of {@code group} for the recorded metrics not in {@code drawn}, if there are any. */
    static Optional<Chart> others(RunData data, Metric.Group group, Collection<Metric> drawn) {
        List<Metric> metrics = new ArrayList<>();
        for (Metric m : data.timeseries().metrics()) {
            if (m.group() == group && !drawn.contains(m)) {
                metrics.add(m);
            }
        }
        if (metrics.isEmpty()) {
            return Optional.empty();
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Plots.timeAxis());
        plot.setGap(10);
        Palette palette = new Palette(labels(data, metrics));
        Map<String, Paint> legend = new LinkedHashMap<>();
        StringBuilder cut = new StringBuilder();
        for (Metric metric : metrics) {
            List<Series> all = series(data, metric);
            List<Series> shown = largest(all);
            if (shown.size() < all.size()) {
                cut.append(' ').append(metric.id()).append(": the ").append(shown.size()).append(" largest of ")
                        .append(all.size()).append(" series.");
            }
            YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
            DeviationRenderer renderer = Plots.bandRenderer(false);
            for (Series s : shown) {
                String label = Keys.label(s.key());
                Paint colour = data.colour(s.key(), palette);
                dataset.addSeries(Plots.interval(label, s));
                Plots.style(renderer, dataset.getSeriesCount() - 1, colour, Plots.SOLID);
                legend.putIfAbsent(label, colour);
            }
            XYPlot panel = new XYPlot(dataset, null, Plots.valueAxis(unitLabel(metric), metric.unit().equals("fraction")),
                    renderer);
            Plots.styleXY(panel);
            if (allZero(shown)) {
                panel.getRangeAxis().setRange(0, 1); // give the axis a span so its ticks read as numbers
            }
            TextTitle name = new TextTitle(metric.id(), new Font(Plots.FONT, Font.BOLD, 12));
            name.setBackgroundPaint(new Color(255, 255, 255, 200));
            panel.addAnnotation(new XYTitleAnnotation(0.01, 0.98, name, RectangleAnchor.TOP_LEFT));
            plot.add(panel);
        }
        plot.setFixedLegendItems(Plots.legend(new ArrayList<>(legend.keySet()), new ArrayList<>(legend.values())));
        String word = group.name().toLowerCase(Locale.ROOT);
        String caption = "The " + word + " metrics no chart above draws, one panel each at its coarsest level: "
                + "stocks as lines through their readings, levels as steps of their interval means, flows as steps "
                + "of their calendar-quarter sums, event means as steps of their yearly figures." + cut;
        return Optional.of(Chart.panels("metrics-" + word, caption,
                Plots.chart("More metrics: " + word, plot, data.footer()), metrics.size(), metrics));
    }

    /** {@code metric}'s series at its coarsest level; an event mean's from its yearly figures. */
    static List<Series> series(RunData data, Metric metric) {
        if (metric.kind() != Metric.Kind.EVENT_MEAN) {
            return data.timeseries().coarsest(metric);
        }
        Map<SeriesKey, List<RunSummary.Figure>> byKey = new TreeMap<>();
        for (RunSummary.Figure f : data.summary().figures()) {
            if (f.key().metric() == metric && Keys.coarsest(f.key()) && Double.isFinite(f.mean())) {
                byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
            }
        }
        double runStart = epochMs(data.summary().startDate());
        List<Series> out = new ArrayList<>();
        byKey.forEach((key, figures) -> {
            int n = figures.size();
            double[][] c = new double[5][n];
            for (int i = 0; i < n; i++) {
                RunSummary.Figure f = figures.get(i);
                c[0][i] = Math.max(runStart, epochMs(LocalDate.of(f.year(), 1, 1)));
                c[1][i] = Math.min(data.timeseries().endMs(), epochMs(LocalDate.of(f.year() + 1, 1, 1)));
                c[2][i] = f.mean();
                c[3][i] = Double.isFinite(f.ci95Low()) ? f.ci95Low() : f.mean();
                c[4][i] = Double.isFinite(f.ci95High()) ? f.ci95High() : f.mean();
            }
            out.add(new Series(key, c[0], c[1], c[2], c[3], c[4]));
        });
        return out;
    }

    private static List<Series> largest(List<Series> all) {
        if (all.size() <= MAX_LINES) {
            return all;
        }
        List<Series> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble((Series s) -> -Math.abs(s.average())));
        List<Series> kept = new ArrayList<>(sorted.subList(0, MAX_LINES));
        kept.sort(Comparator.comparing(Series::key));
        return kept;
    }

    private static boolean allZero(List<Series> series) {
        for (Series s : series) {
            for (int i = 0; i < s.size(); i++) {
                if (s.low()[i] != 0 || s.high()[i] != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> labels(RunData data, List<Metric> metrics) {
        List<String> labels = new ArrayList<>();
        metrics.forEach(m -> series(data, m).forEach(s -> labels.add(Keys.label(s.key()))));
        return labels;
    }

    private static String unitLabel(Metric metric) {
        return metric.unit() + (metric.kind() == Metric.Kind.FLOW ? " per quarter" : "");
    }

    private static double epochMs(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
