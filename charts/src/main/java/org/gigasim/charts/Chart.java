package org.gigasim.charts;

import java.util.List;
import org.gigasim.model.metrics.Metric;
import org.jfree.chart.JFreeChart;

/**
 * One chart to render: its file name (without extension), a caption for the report, its
 * logical size in points (PNGs are drawn at {@link ChartFiles#PNG_SCALE} times this size)
 * and the catalog metrics it draws, which the report names under it.
 */
public record Chart(String name, String caption, JFreeChart chart, int width, int height, List<Metric> metrics) {

    /** Copies the metrics. */
    public Chart {
        metrics = List.copyOf(metrics);
    }

    /** The usual logical size, 1000 × 625 points (a 1600 × 1000 pixel PNG). */
    static Chart of(String name, String caption, JFreeChart chart, List<Metric> metrics) {
        return new Chart(name, caption, chart, 1000, 625, metrics);
    }

    /** A chart of {@code panels} stacked panels, taller so each stays readable. */
    static Chart panels(String name, String caption, JFreeChart chart, int panels, List<Metric> metrics) {
        return new Chart(name, caption, chart, 1000, Math.max(625, 190 + 170 * panels), metrics);
    }

    /** The chart's title. */
    public String title() {
        return chart.getTitle() == null ? name : chart.getTitle().getText();
    }

    /** The chart group it belongs to: its first metric's, or null for a chart of no catalog metric. */
    Metric.Group group() {
        return metrics.isEmpty() ? null : metrics.get(0).group();
    }
}
