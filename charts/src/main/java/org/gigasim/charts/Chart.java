package org.gigasim.charts;

import org.jfree.chart.JFreeChart;

/**
 * One chart to render: its file name (without extension), a caption for the report, and its
 * logical size in points (PNGs are drawn at {@link ChartFiles#PNG_SCALE} times this size).
 */
public record Chart(String name, String caption, JFreeChart chart, int width, int height) {

    /** The usual logical size, 1000 × 625 points (a 1600 × 1000 pixel PNG). */
    static Chart of(String name, String caption, JFreeChart chart) {
        return new Chart(name, caption, chart, 1000, 625);
    }

    /** A chart of {@code panels} stacked panels, taller so each stays readable. */
    static Chart panels(String name, String caption, JFreeChart chart, int panels) {
        return new Chart(name, caption, chart, 1000, Math.max(625, 190 + 170 * panels));
    }

    /** The chart's title. */
    public String title() {
        return chart.getTitle() == null ? name : chart.getTitle().getText();
    }
}
