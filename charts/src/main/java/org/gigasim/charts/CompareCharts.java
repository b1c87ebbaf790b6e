package org.gigasim.charts;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AnswerSpec;
import org.gigasim.results.Answers;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.gigasim.results.OutputFiles;
import org.gigasim.results.Columns;

/**
 * Charts of {@code compare.csv}: first, per unit, the paired differences B − A of the figures
 * that answer the question (the {@code answer:} entries of {@code compare.json}); then, per
 * unit, the largest differences of every metric at its coarsest level ({@link Keys#coarsest}),
 * any year with the year in the label, with their 95% CI whiskers; dark where the interval
 * excludes zero.
 */
final class CompareCharts {

    /** At most this many differences per chart. */
    static final int TOP = 20;

    private record Difference(Metric metric, String label, double mean, double low, double high) {
        boolean significant() {
            return low > 0 || high < 0;
        }
    }

    private CompareCharts() {
    }

    static List<Chart> charts(Path dir, RunData run, List<AnswerSpec> answers) throws IOException {
        List<Csv.Row> rows = new ArrayList<>();
        List<String> header = Csv.read(dir.resolve(OutputFiles.COMPARE_CSV), rows::add);
        String diff = Experiment.column(header, "difference", "diff", "mean_difference", "difference_mean",
                "diff_mean", "mean_diff", "delta", Columns.MEAN);
        String low = Experiment.column(header, Columns.CI95_LOW, "difference_ci95_low", "diff_ci95_low", "low");
        String high = Experiment.column(header, Columns.CI95_HIGH, "difference_ci95_high", "diff_ci95_high", "high");
        if (diff == null || !header.contains(Columns.METRIC)) {
            return List.of();
        }
        boolean byYear = header.contains(Columns.YEAR);
        Map<String, List<Difference>> byUnit = new TreeMap<>();
        Map<String, List<Difference>> answerByUnit = new TreeMap<>();
        for (Csv.Row r : rows) {
            double mean = r.number(diff);
            SeriesKey key = Keys.of(r);
            if (key == null || Double.isNaN(mean)) {
                continue;
            }
            boolean answer = Answers.matchesAny(answers, key);
            if (!Keys.coarsest(key) && !answer) {
                continue;
            }
            double lo = low == null || Double.isNaN(r.number(low)) ? mean : r.number(low);
            double hi = high == null || Double.isNaN(r.number(high)) ? mean : r.number(high);
            String label = key.metric().id() + " · " + Keys.label(key) + (byYear ? " · " + (int) r.number(Columns.YEAR) : "");
            Difference d = new Difference(key.metric(), label, mean, lo, hi);
            if (answer) {
                answerByUnit.computeIfAbsent(key.metric().unit(), u -> new ArrayList<>()).add(d);
            }
            if (Keys.coarsest(key)) {
                byUnit.computeIfAbsent(key.metric().unit(), u -> new ArrayList<>()).add(d);
            }
        }
        String footer = Experiment.footer(run, dir.resolve(OutputFiles.COMPARE_JSON), "gigasim compare");
        List<Chart> charts = new ArrayList<>();
        answerByUnit.forEach((unit, diffs) -> charts.add(chart(unit, diffs, footer, true)));
        byUnit.forEach((unit, diffs) -> charts.add(chart(unit, diffs, footer, false)));
        return charts;
    }

    private static Chart chart(String unit, List<Difference> all, String footer, boolean answer) {
        List<Difference> diffs = new ArrayList<>(all);
        diffs.sort(Comparator.comparingDouble((Difference d) -> -Math.abs(d.mean())).thenComparing(Difference::label));
        diffs = diffs.subList(0, Math.min(TOP, diffs.size()));
        YIntervalSeries significant = new YIntervalSeries("95% CI excludes 0", false, false);
        YIntervalSeries other = new YIntervalSeries("95% CI includes 0", false, false);
        String[] labels = new String[diffs.size()];
        for (int i = 0; i < diffs.size(); i++) {
            Difference d = diffs.get(diffs.size() - 1 - i); // largest at the top
            labels[i] = d.label();
            (d.significant() ? significant : other).add(i, d.mean(), d.low(), d.high());
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(significant);
        dataset.addSeries(other);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setErrorStroke(Plots.SOLID);
        renderer.setCapLength(8);
        renderer.setSeriesPaint(0, new Color(0x0072B2));
        renderer.setSeriesPaint(1, new Color(0x999999));
        renderer.setDefaultLinesVisible(false);
        SymbolAxis axis = new SymbolAxis(null, labels);
        axis.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(dataset, axis, Plots.valueAxis("Difference B − A (" + unit + ")", unit.equals("fraction")),
                renderer);
        Plots.styleXY(plot);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, Plots.SOLID));
        plot.setNoDataMessage("No differences in " + unit);
        if (diffs.stream().allMatch(d -> d.low() == 0 && d.high() == 0)) {
            // Every difference is exactly zero: give the axis a range so its ticks read as numbers.
            plot.getRangeAxis().setRange(-1, 1);
        }
        String title = (answer ? "The question's figures: B − A (" : "Paired differences B − A (") + unit + ")";
        TreeSet<Metric> metrics = new TreeSet<>();
        diffs.forEach(d -> metrics.add(d.metric()));
        String what = answer ? "The paired differences B − A in " + unit + " of the figures that answer the question"
                + " (the largest " + TOP + ")" : "The " + TOP + " largest paired differences B − A in " + unit;
        return new Chart((answer ? "compare-answer-" : "compare-") + Experiment.slug(unit), what + " over every year"
                + " (the year ends each label), with 95% confidence intervals (common random numbers); dark blue where"
                + " the interval excludes zero.", Plots.chart(title, plot, footer), 1000,
                Math.max(625, 200 + 32 * diffs.size()), List.copyOf(metrics));
    }
}
