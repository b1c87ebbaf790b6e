package org.gigasim.charts;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The charts of a run that follow clouds: power, capacity, vendors, backlog and revenue. */
final class CloudCharts {

    private CloudCharts() {
    }

    /** One panel per cloud: power online (solid), used (dashed) and stranded (dotted), in MW. */
    static Chart power(RunData data) {
        String[] metrics = {"power_online_mw", "power_used_mw", "stranded_power_mw"};
        String[] words = {"online", "used by installed chips", "stranded (online, no chips)"};
        Stroke[] strokes = {Plots.SOLID, Plots.DASHED, Plots.DOTTED};
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Plots.timeAxis());
        plot.setGap(10);
        TreeSet<String> clouds = new TreeSet<>();
        data.timeseries().find("power_online_mw", k -> true).forEach(s -> clouds.add(s.key().cloud()));
        for (String cloud : clouds) {
            YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
            DeviationRenderer renderer = Plots.bandRenderer(false);
            for (int m = 0; m < metrics.length; m++) {
                Series s = data.timeseries().get(metrics[m], "", cloud, "", "");
                if (s != null) {
                    dataset.addSeries(Plots.interval(cloud + " " + words[m], s));
                    Plots.style(renderer, dataset.getSeriesCount() - 1, data.clouds().colour(cloud), strokes[m]);
                }
            }
            XYPlot panel = new XYPlot(dataset, null, Plots.valueAxis(cloud + " (MW)", false), renderer);
            Plots.styleXY(panel);
            plot.add(panel);
        }
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        for (int m = 0; m < metrics.length; m++) {
            legend.add(new org.jfree.chart.LegendItem(words[m], null, null, null,
                    new java.awt.geom.Line2D.Double(-12, 0, 12, 0), strokes[m], Color.DARK_GRAY));
        }
        plot.setFixedLegendItems(legend);
        return Chart.panels("power", "One panel per cloud, in facility MW: power online (solid), used by installed "
                + "chips (dashed) and stranded, online with no chips to use it (dotted); shaded bands are 95% "
                + "confidence intervals over replications.",
                Plots.chart("Power online, used and stranded by cloud", plot, data.footer()), clouds.size());
    }

    /** Raw H100e capacity per cloud, stacked. */
    static Chart capacityByCloud(RunData data) {
        List<Series> series = data.timeseries().find("capacity_h100e", k -> k.accelerator().isEmpty());
        List<String> names = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (Series s : series) {
            names.add(s.key().cloud());
            colours.add(data.clouds().colour(s.key().cloud()));
        }
        XYPlot plot = Stacked.plot(series, names, colours, Plots.valueAxis("Capacity (H100e, raw)", false));
        return Chart.of("capacity-by-cloud", "Each cloud's capacity of up chips in raw H100-equivalents, stacked: the "
                + "top edge is all clouds together (mean over replications).",
                Plots.chart("Capacity by cloud", plot, data.footer()));
    }

    /** Each vendor's share of all clouds' raw H100e capacity, stacked to 100%. */
    static Chart capacityShareByVendor(RunData data) {
        List<Series> series = data.timeseries().find("capacity_share_by_vendor", k -> true);
        List<String> names = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        for (Series s : series) {
            names.add(s.key().accelerator());
            colours.add(data.vendors().colour(s.key().accelerator()));
        }
        XYPlot plot = Stacked.plot(series, names, colours, Plots.valueAxis("Share of capacity (raw H100e)", true));
        return Chart.of("capacity-share-by-vendor", "Each accelerator vendor's share of all clouds' raw H100e "
                + "capacity; the layers add up to 100%.",
                Plots.chart("Capacity share by accelerator vendor", plot, data.footer()));
    }

    /** Backlog per cloud (top) and its largest counterparty's share (bottom). */
    static Chart backlog(RunData data) {
        TreeSet<String> clouds = new TreeSet<>();
        data.timeseries().find("backlog_usd", k -> k.lab().isEmpty()).forEach(s -> clouds.add(s.key().cloud()));
        YIntervalSeriesCollection usd = new YIntervalSeriesCollection();
        YIntervalSeriesCollection share = new YIntervalSeriesCollection();
        DeviationRenderer usdRenderer = Plots.bandRenderer(false);
        DeviationRenderer shareRenderer = Plots.bandRenderer(false);
        List<String> names = new ArrayList<>();
        List<Paint> colours = new ArrayList<>();
        for (String cloud : clouds) {
            Color colour = data.clouds().colour(cloud);
            Series total = data.timeseries().get("backlog_usd", "", cloud, "", "");
            usd.addSeries(Plots.interval(cloud, total));
            Plots.style(usdRenderer, usd.getSeriesCount() - 1, colour, Plots.SOLID);
            Series top = data.timeseries().get("backlog_top_share", "", cloud, "", "");
            if (top != null) {
                share.addSeries(Plots.interval(cloud, top));
                Plots.style(shareRenderer, share.getSeriesCount() - 1, colour, Plots.SOLID);
            }
            String largest = largestCounterparty(data, cloud);
            names.add(largest.isEmpty() ? cloud : cloud + " (largest at the end: " + largest + ")");
            colours.add(colour);
        }
        XYPlot usdPlot = new XYPlot(usd, null, Plots.valueAxis("Backlog (USD)", false), usdRenderer);
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
                Plots.chart("Backlog by cloud and its concentration", plot, data.footer()));
    }

    /** Revenue each cloud recognised per fiscal quarter, at its fiscal quarter ends. */
    static Chart revenue(RunData data) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = Plots.bandRenderer(true);
        for (Series s : data.timeseries().find("revenue_usd", k -> true)) {
            dataset.addSeries(Plots.interval(s.key().cloud(), s));
            Plots.style(renderer, dataset.getSeriesCount() - 1, data.clouds().colour(s.key().cloud()), Plots.SOLID);
        }
        XYPlot plot = Plots.timePlot(Plots.valueAxis("Revenue per fiscal quarter (USD)", false), renderer);
        plot.setDataset(dataset);
        return Chart.of("revenue", "AI revenue each cloud recognised in each of its fiscal quarters, one point at each "
                + "quarter's end (clouds' fiscal years differ), USD.",
                Plots.chart("Revenue per fiscal quarter by cloud", plot, data.footer()));
    }

    private static String largestCounterparty(RunData data, String cloud) {
        String largest = "";
        double most = 0;
        for (Series s : data.timeseries().find("backlog_usd", k -> k.cloud().equals(cloud) && !k.lab().isEmpty())) {
            if (s.lastMean() > most) {
                most = s.lastMean();
                largest = s.key().lab();
            }
        }
        return largest;
    }
}
