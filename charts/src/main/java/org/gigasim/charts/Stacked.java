package org.gigasim.charts;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Stacked areas over time, drawn as cumulative totals from the top layer down so each layer is
 * one filled shape (small SVGs) and a layer missing at a sample counts as 0 there.
 */
final class Stacked {

    private Stacked() {
    }

    /** A plot stacking {@code series}' means in order (the first at the bottom), with a legend in that order. */
    static XYPlot plot(List<Series> series, List<String> names, List<? extends Paint> colours, NumberAxis axis) {
        TreeSet<Double> times = new TreeSet<>();
        List<Map<Double, Double>> values = new ArrayList<>();
        for (Series s : series) {
            Map<Double, Double> byTime = new TreeMap<>();
            for (int i = 0; i < s.size(); i++) {
                times.add(s.timeMs()[i]);
                byTime.put(s.timeMs()[i], s.mean()[i]);
            }
            values.add(byTime);
        }
        List<XYSeries> cumulative = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            cumulative.add(new XYSeries(names.get(i), false, false));
        }
        for (double t : times) {
            double total = 0;
            for (int i = 0; i < series.size(); i++) {
                Double v = values.get(i).get(t);
                total += v == null || v.isNaN() ? 0 : v;
                cumulative.get(i).add(t, total);
            }
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        renderer.setOutline(false);
        for (int i = series.size() - 1; i >= 0; i--) {
            dataset.addSeries(cumulative.get(i));
            renderer.setSeriesPaint(dataset.getSeriesCount() - 1, colours.get(i));
        }
        XYPlot plot = Plots.timePlot(axis, renderer);
        plot.setDataset(dataset);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setFixedLegendItems(Plots.legend(names, colours));
        return plot;
    }

    /** {@code colour} mixed with white: a pale, opaque tint (stacked layers must not show through). */
    static Color tint(Color colour, double white) {
        return new Color(mix(colour.getRed(), white), mix(colour.getGreen(), white), mix(colour.getBlue(), white));
    }

    private static int mix(int channel, double white) {
        return (int) Math.round(channel + (255 - channel) * white);
    }
}
