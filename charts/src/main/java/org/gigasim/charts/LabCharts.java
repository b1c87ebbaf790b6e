package org.gigasim.charts;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gigasim.model.metrics.Metric;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The charts of a run that follow labs: demand and service, compute share, training waits. */
final class LabCharts {

    private static final List<String> CLASSES = List.of("training", "stateless_api", "stateful", "first_party");

    private LabCharts() {
    }

    /** One panel per lab: served H100e per traffic class (solid) under unserved (pale), stacked to demand. */
    static Chart demand(RunData data) {
        TreeSet<String> labs = new TreeSet<>();
        data.timeseries().coarsest(Metric.DEMAND_H100E).forEach(s -> labs.add(s.key().lab()));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Plots.timeAxis());
        plot.setGap(10);
        TreeSet<String> classesSeen = new TreeSet<>(java.util.Comparator.comparingInt(LabCharts::classOrder)
                .thenComparing(java.util.Comparator.naturalOrder()));
        for (String lab : labs) {
            List<Series> layers = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<Paint> colours = new ArrayList<>();
            for (Metric metric : List.of(Metric.SERVED_H100E, Metric.UNSERVED_H100E)) {
                boolean served = metric == Metric.SERVED_H100E;
                for (Series s : sortedByClass(data.timeseries().coarsest(metric).stream()
                        .filter(s -> s.key().lab().equals(lab)).toList())) {
                    String cls = s.key().trafficClass();
                    classesSeen.add(cls);
                    layers.add(s);
                    names.add((served ? "served " : "unserved ") + cls);
                    Color c = Palette.trafficClass(cls);
                    colours.add(served ? c : Stacked.tint(c, 0.7));
                }
            }
            plot.add(Stacked.plot(layers, names, colours, Plots.valueAxis(lab + " (" + Metric.SERVED_H100E.unit()
                    + ")", false)));
        }
        List<String> legendNames = new ArrayList<>();
        List<Paint> legendColours = new ArrayList<>();
        for (String served : List.of("served ", "unserved ")) {
            for (String cls : classesSeen) {
                legendNames.add(served + cls);
                Color c = Palette.trafficClass(cls);
                legendColours.add(served.startsWith("served") ? c : Stacked.tint(c, 0.7));
            }
        }
        plot.setFixedLegendItems(Plots.legend(legendNames, legendColours));
        return Chart.panels("demand-served-unserved", "One panel per lab, effective H100e: each traffic class's served "
                + "compute (solid) stacked under its unserved demand (pale); the top edge is the lab's total demand. "
                + "Each step is the time-weighted mean over a sample interval.",
                Plots.chart("Demand, served and unserved by lab and traffic class", plot, data.footer()), labs.size(),
                List.of(Metric.DEMAND_H100E, Metric.SERVED_H100E, Metric.UNSERVED_H100E));
    }

    /** One panel per lab: the share of its served compute on each cloud, stacked to 100%. */
    static Chart computeShare(RunData data) {
        TreeSet<String> labs = new TreeSet<>();
        TreeSet<String> clouds = new TreeSet<>();
        data.timeseries().coarsest(Metric.COMPUTE_SHARE).forEach(s -> {
            labs.add(s.key().lab());
            clouds.add(s.key().cloud());
        });
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Plots.timeAxis());
        plot.setGap(10);
        for (String lab : labs) {
            List<Series> layers = data.timeseries().find(Metric.COMPUTE_SHARE, k -> k.lab().equals(lab));
            List<String> names = new ArrayList<>();
            List<Paint> colours = new ArrayList<>();
            for (Series s : layers) {
                names.add(s.key().cloud());
                colours.add(data.clouds().colour(s.key().cloud()));
            }
            NumberAxis axis = Plots.valueAxis(lab + " (share)", true);
            axis.setRange(0, 1.0001);
            plot.add(Stacked.plot(layers, names, colours, axis));
        }
        List<String> names = new ArrayList<>(clouds);
        List<Paint> colours = new ArrayList<>();
        clouds.forEach(c -> colours.add(data.clouds().colour(c)));
        plot.setFixedLegendItems(Plots.legend(names, colours));
        return Chart.panels("compute-share", "One panel per lab: the share of its served compute that ran on each "
                + "cloud (compute_share); a panel at 0 means the lab was served nothing then.",
                Plots.chart("Each lab's compute share by cloud", plot, data.footer()), labs.size(),
                List.of(Metric.COMPUTE_SHARE));
    }

    /** The empirical distribution of training-job waits per lab, from jobs.csv. */
    static Chart trainingWait(RunData data) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYStepRenderer renderer = new XYStepRenderer();
        int i = 0;
        double lowestStep = 1;
        for (Map.Entry<String, double[]> e : data.jobs().waitsByLab().entrySet()) {
            double[] waits = e.getValue();
            lowestStep = Math.min(lowestStep, firstStep(waits));
            XYSeries s = new XYSeries(e.getKey() + " (" + waits.length + " jobs)", false, true);
            s.add(0, 0);
            for (int j = 0; j < waits.length; j++) {
                if (j + 1 < waits.length && waits[j + 1] == waits[j]) {
                    continue; // one step per distinct wait
                }
                s.add(waits[j], (j + 1) / (double) waits.length);
            }
            dataset.addSeries(s);
            renderer.setSeriesPaint(i, data.labs().colour(e.getKey()));
            renderer.setSeriesStroke(i++, Plots.SOLID);
        }
        NumberAxis waitAxis = new NumberAxis("Wait before starting, summed over restarts (hours)");
        waitAxis.setNumberFormatOverride(new CompactFormat(false));
        waitAxis.setAutoRangeIncludesZero(true);
        NumberAxis fraction = Plots.valueAxis("Fraction of jobs that waited at most this long", true);
        // When most jobs start at once, a 0-100% axis would squeeze every wait into its top strip.
        double floor = lowestStep >= 0.2 ? Math.floor(lowestStep * 10 - 0.5) / 10 : 0;
        fraction.setRange(floor, 1 + 0.02 * (1 - floor));
        XYPlot plot = new XYPlot(dataset, waitAxis, fraction, renderer);
        Plots.styleXY(plot);
        plot.setNoDataMessage("No training jobs in this run");
        return Chart.of("training-wait", "Cumulative distribution of training-job waits per lab, over every job of "
                + "every replication (jobs.csv): a curve that rises early means short waits."
                + (floor > 0 ? String.format(java.util.Locale.ROOT, " The fraction axis starts at %.0f%%: at least %.0f%%"
                + " of each lab's jobs waited no longer than its shortest wait.", 100 * floor, 100 * lowestStep) : ""),
                Plots.chart("Training-job wait distribution by lab", plot, data.footer()), List.of());
    }

    /** The fraction of jobs at the curve's first step: those that waited no longer than the shortest wait. */
    static double firstStep(double[] sortedWaits) {
        int n = 0;
        while (n < sortedWaits.length && sortedWaits[n] == sortedWaits[0]) {
            n++;
        }
        return sortedWaits.length == 0 ? 1 : n / (double) sortedWaits.length;
    }

    private static List<Series> sortedByClass(List<Series> series) {
        List<Series> sorted = new ArrayList<>(series);
        sorted.sort(java.util.Comparator.comparingInt((Series s) -> classOrder(s.key().trafficClass()))
                .thenComparing(s -> s.key().trafficClass()));
        return sorted;
    }

    private static int classOrder(String trafficClass) {
        int i = CLASSES.indexOf(trafficClass);
        return i < 0 ? CLASSES.size() : i;
    }
}
