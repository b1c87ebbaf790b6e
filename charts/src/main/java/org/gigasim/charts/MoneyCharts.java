package org.gigasim.charts;

import java.util.List;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.Metric;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The money flows of a run per calendar quarter: revenue per cloud and spend per lab. Output
 * files do not say which fiscal calendar a cloud keeps, so every company is drawn on the same
 * calendar quarters, which also keeps the lines comparable.
 */
final class MoneyCharts {

    private MoneyCharts() {
    }

    /** Revenue each cloud recognised per calendar quarter. */
    static Chart revenue(RunData data) {
        return perQuarter(data, Metric.REVENUE_USD, Dimension.CLOUD, "revenue", "Revenue per calendar quarter by cloud",
                "AI revenue each cloud recognised in each calendar quarter (contracts, on-demand sales and clause "
                        + "charges), USD: each flat step spans one quarter and is that quarter's sum; shaded "
                        + "bands bound the 95% confidence interval.");
    }

    /** What each lab paid per calendar quarter. */
    static Chart spend(RunData data) {
        return perQuarter(data, Metric.SPEND_USD, Dimension.LAB, "spend", "Spend per calendar quarter by lab",
                "What each lab paid in each calendar quarter for contracts, on-demand compute and clause charges, "
                        + "USD: each flat step spans one quarter and is that quarter's sum; shaded bands bound the "
                        + "95% confidence interval.");
    }

    private static Chart perQuarter(RunData data, Metric metric, Dimension by, String name, String title,
            String caption) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = Plots.bandRenderer(false);
        for (Series s : data.timeseries().coarsest(metric)) {
            dataset.addSeries(Plots.interval(s.key().get(by), s));
            Plots.style(renderer, dataset.getSeriesCount() - 1, data.colour(s.key(), data.labs()), Plots.SOLID);
        }
        XYPlot plot = Plots.timePlot(Plots.valueAxis(title.replace(" by " + by.column(), "") + " (" + metric.unit()
                + ")", false), renderer);
        plot.setDataset(dataset);
        plot.setNoDataMessage("No whole calendar quarter of " + metric.id() + " in this run");
        return Chart.of(name, caption, Plots.chart(title, plot, data.footer()), List.of(metric));
    }
}
