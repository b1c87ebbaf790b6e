package org.gigasim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeries;

/** The shared look of every chart: fonts, axes, the Monte Carlo band renderer and the footer. */
final class Plots {

    static final String FONT = "SansSerif";
    static final Stroke SOLID = new BasicStroke(2.0f);
    static final Stroke DASHED = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 5f}, 0f);
    static final Stroke DOTTED = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[] {1f, 5f}, 0f);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Plots() {
    }

    /** A chart with a title, the shared theme, and {@code footer} along its bottom edge. */
    static JFreeChart chart(String title, Plot plot, String footer) {
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 20), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.getLegend().setItemFont(new Font(FONT, Font.PLAIN, 12));
        chart.getLegend().setBackgroundPaint(Color.WHITE);
        TextTitle foot = new TextTitle(footer, new Font(FONT, Font.PLAIN, 11), new Color(0x555555),
                RectangleEdge.BOTTOM, HorizontalAlignment.RIGHT, org.jfree.chart.ui.VerticalAlignment.BOTTOM,
                new RectangleInsets(6, 4, 2, 4));
        chart.addSubtitle(foot);
        return chart;
    }

    /** A date axis in UTC whose labels do not depend on the default locale or time zone. */
    static DateAxis timeAxis() {
        DateAxis axis = new DateAxis("Date (UTC)", UTC, Locale.ROOT);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        return axis;
    }

    /** A value axis labelled with its unit; {@code percent} shows fractions as percentages. */
    static NumberAxis valueAxis(String label, boolean percent) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(new CompactFormat(percent));
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    /** An XY plot over time with a value axis and the given renderer. */
    static XYPlot timePlot(NumberAxis valueAxis, org.jfree.chart.renderer.xy.XYItemRenderer renderer) {
        XYPlot plot = new XYPlot(null, timeAxis(), valueAxis, renderer);
        styleXY(plot);
        return plot;
    }

    static void styleXY(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(new Color(0x999999));
    }

    /** Lines with a shaded 95% band (the band is flat with one replication). */
    static DeviationRenderer bandRenderer(boolean shapes) {
        DeviationRenderer renderer = new DeviationRenderer(true, shapes);
        renderer.setAlpha(0.15f);
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    /** Colours and strokes series {@code index} of {@code renderer}, band included. */
    static void style(DeviationRenderer renderer, int index, Paint colour, Stroke stroke) {
        renderer.setSeriesPaint(index, colour);
        renderer.setSeriesFillPaint(index, colour);
        renderer.setSeriesStroke(index, stroke);
    }

    /**
     * {@code series} as a named mean-with-interval series. A row that covers an interval (a
     * level, an event mean, a flow's quarter) is drawn as a step across it: one point at its
     * start and one at its end, so the line is flat over the interval the value describes.
     */
    static YIntervalSeries interval(String name, Series series) {
        YIntervalSeries out = new YIntervalSeries(name, false, true);
        for (int i = 0; i < series.size(); i++) {
            if (series.stepped() && series.startMs()[i] < series.timeMs()[i]) {
                out.add(series.startMs()[i], series.mean()[i], series.low()[i], series.high()[i]);
            }
            out.add(series.timeMs()[i], series.mean()[i], series.low()[i], series.high()[i]);
        }
        return out;
    }

    /** Filled-square legend items for {@code names} in {@code colours}. */
    static LegendItemCollection legend(List<String> names, List<? extends Paint> colours) {
        LegendItemCollection items = new LegendItemCollection();
        for (int i = 0; i < names.size(); i++) {
            items.add(new LegendItem(names.get(i), colours.get(i)));
        }
        return items;
    }
}
