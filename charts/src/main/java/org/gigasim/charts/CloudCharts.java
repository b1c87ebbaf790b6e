package org.gigasim.charts;

import static org.gigasim.model.metrics.Metric.BACKLOG_TOP_SHARE;
import static org.gigasim.model.metrics.Metric.BACKLOG_USD;
import static org.gigasim.model.metrics.Metric.CAPACITY_H100E;
import static org.gigasim.model.metrics.Metric.CAPACITY_SHARE_BY_VENDOR;
import static org.gigasim.model.metrics.Metric.POWER_ONLINE_MW;
import static org.gigasim.model.metrics.Metric.POWER_USED_MW;
import static org.gigasim.model.metrics.Metric.STRANDED_POWER_MW;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The charts of a run that follow clouds: power, capacity, vendors and backlog. */
final class CloudCharts {

    private CloudCharts() {
    }

    /** Whether a chart here reads {@code key} although it is finer than its metric's coarsest level. */
    static boolean readsFiner(SeriesKey key) {
        // The backlog chart names each cloud's largest counterparty.
        return key.metric() == BACKLOG_USD && Keys.dimensions(key).equals(EnumSet.of(Dimension.CLOUD, Dimension.LAB));
    }

    /** One panel per cloud: power online (solid), used (dashed) and stranded (dotted), in MW. */
    static Chart power(RunData data) {
        List<Metric> metrics = List.of(POWER_ONLINE_MW, POWER_USED_MW, STRANDED_POWER_MW);
        String[] words = {"online", "used by installed chips", "stranded (online, no chips)"};
        Stroke[] strokes = {Plots.SOLID, Plots.DASHED, Plots.DOTTED};
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Plots.timeAxis());
        plot.setGap(10);
        TreeSet<String> clouds = new TreeSet<>();
        data.timeseries().coarsest(POWER_ONLINE_MW).forEach(s -> clouds.add(s.key().cloud()));
        for (String cloud : clouds) {
            YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
            DeviationRenderer renderer = Plots.bandRenderer(false);
            for (int m = 0; m < metrics.size(); m++) {
                Series s = data.timeseries().get(SeriesKey.of(metrics.get(m)).cloud(cloud));
                if (s != null) {
                    dataset.addSeries(Plots.interval(cloud + " " + words[m], s));
                    Plots.style(renderer, dataset.getSeriesCount() - 1, data.clouds().colour(cloud), strokes[m]);
                }
            }
            XYPlot panel = new XYPlot(dataset, null, Plots.valueAxis(cloud + " (" + POWER_ONLINE_MW.unit() + ")",
                    false), renderer);
            Plots.styleXY(panel);
            plot.add(panel);
        }
        LegendItemCollection legend = new LegendItemCollection();
        for (int m = 0; m < metrics.size(); m++) {
            legend.add(new LegendItem(words[m], null, null, null, new Line2D.Double(-12, 0, 12, 0), strokes[m],
                    Color.DARK_GRAY));
        }
        plot.setFixedLegendItems(legend);
        return Chart.panels("power", "One panel per cloud, in facility MW: power online (solid), used by installed "
                + "chips (dashed) and stranded, online with no chips to use it (dotted); shaded bands are 95% "
                + "confidence intervals over replications.",
                Plots.chart("Power online, used and stranded by cloud", plot, data.footer()), clouds.size(), metrics);
    }

    /** Raw H100e capacity per cloud, stacked; each step is an interval's time-weighted mean. */
    static Chart capacityByCloud(RunData data) {
        List<Series> series = data.timeseries().coarsest(CAPACITY_H100E);
        List<String> names = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (Series s : series) {
            names.add(s.key().cloud());
            colours.add(data.clouds().colour(s.key().cloud()));
        }
        XYPlot plot = Stacked.plot(series, names, colours, Plots.valueAxis("Capacity (" + CAPACITY_H100E.unit()
                + ", raw)", false));
        return Chart.of("capacity-by-cloud", "Each cloud's capacity of up chips in raw H100-equivalents, stacked: the "
                + "top edge is all clouds together; each step is the time-weighted mean over a sample interval "
                + "(mean over replications).",
                Plots.chart("Capacity by cloud", plot, data.footer()), List.of(CAPACITY_H100E));
    }

    /** Each vendor's share of all clouds' raw H100e capacity, stacked to 100%. */
    static Chart capacityShareByVendor(RunData data) {
        List<Series> series = data.timeseries().coarsest(CAPACITY_SHARE_BY_VENDOR);
        List<String> names = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (Series s : series) {
            names.add(s.key().vendor());
            colours.add(data.vendors().colour(s.key().vendor()));
        }
        XYPlot plot = Stacked.plot(series, names, colours, Plots.valueAxis("Share of capacity (raw H100e)", true));
        return Chart.of("capacity-share-by-vendor", "Each accelerator vendor's share of all clouds' raw H100e "
                + "capacity; the layers add up to 100%.",
                Plots.chart("Capacity share by accelerator vendor", plot, data.footer()),
                List.of(CAPACITY_SHARE_BY_VENDOR));
    }

    /** Backlog per cloud (top) and its largest counterparty's share (bottom). */
    static Chart backlog(RunData data) {
        TreeSet<String> clouds = new TreeSet<>();
        data.timeseries().coarsest(BACKLOG_USD).forEach(s -> clouds.add(s.key().cloud()));
        YIntervalSeriesCollection usd = new YIntervalSeriesCollection();
        YIntervalSeriesCollection share = new YIntervalSeriesCollection();
        DeviationRenderer usdRenderer = Plots.bandRenderer(false);
        DeviationRenderer shareRenderer = Plots.bandRenderer(false);
        List<String> names = new ArrayList<>();
        List<Paint> colours = new ArrayList<>();
        for (String cloud : clouds) {
            Color colour = data.clouds().colour(cloud);
            usd.addSeries(Plots.interval(cloud, data.timeseries().get(SeriesKey.of(BACKLOG_USD).cloud(cloud))));
            Plots.style(usdRenderer, usd.getSeriesCount() - 1, colour, Plots.SOLID);
            Series top = data.timeseries().get(SeriesKey.of(BACKLOG_TOP_SHARE).cloud(cloud));
            if (top != null) {
                share.addSeries(Plots.interval(cloud, top));
                Plots.style(shareRenderer, share.getSeriesCount() - 1, colour, Plots.SOLID);
            }
            String largest = largestCounterparty(data, cloud);
            names.add(largest.isEmpty() ? cloud : cloud + " (largest at the end: " + largest + ")");
            colours.add(colour);
        }
        XYPlot usdPlot = new XYPlot(usd, null, Plots.valueAxis("Backlog (" + BACKLOG_USD.unit() + ")", false),
                usdRenderer);
        XYPlot sharePlot = new XYPlot(share, null, Plots.valueAxis("Largest counterparty's share", true),
                shareRenderer);
        Plots.styleXY(usdPlot);
        Plots.styleXY(sharePlot);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Plots.timeAxis());
        plot.setGap(12);
        plot.add(usdPlot, 3);
        plot.add(sharePlot, 2);
        plot.setFixedLegendItems(Plots.legend(names, colours));
        return Chart.of("backlog", "Top: each cloud's backlog (contracted value still to be delivered, non-AI backlog "
                + "included), USD. Bottom: the largest lab counterparty's share of that backlog.",
                Plots.chart("Backlog by cloud and its concentration", plot, data.footer()),
                List.of(BACKLOG_USD, BACKLOG_TOP_SHARE));
    }

    private static String largestCounterparty(RunData data, String cloud) {
        String largest = "";
        double most = 0;
        for (Series s : data.timeseries().find(BACKLOG_USD, k -> k.cloud().equals(cloud) && !k.lab().isEmpty())) {
            if (s.lastMean() > most) {
                most = s.lastMean();
                largest = s.key().lab();
            }
        }
        return largest;
    }
}
