package org.gigasim.charts;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Stacked areas over time, drawn as cumulative totals from the top layer down so each layer is
 * one filled shape (small SVGs) and a layer missing at a sample counts as 0 there. Layers
 * share their rows' intervals (every series of a run has the same sample times).
 */
final class Stacked {

    private Stacked() {
    }

    /**
     * A plot stacking {@code series}' means in order (the first at the bottom), with a legend in
     * that order. Layers of interval rows (levels, flows) are drawn as steps across each interval.
     */
    static XYPlot plot(List<Series> series, List<String> names, List<? extends Paint> colours, NumberAxis axis) {
        TreeMap<Double, Double> starts = new TreeMap<>(); // a row's end time -> its start
        List<Map<Double, Double>> values = new ArrayList<>();
        for (Series s : series) {
            Map<Double, Double> byTime = new TreeMap<>();
            for (int i = 0; i < s.size(); i++) {
                starts.merge(s.timeMs()[i], s.stepped() ? s.startMs()[i] : s.timeMs()[i], Math::max);
                byTime.put(s.timeMs()[i], s.mean()[i]);
            }
            values.add(byTime);
        }
        List<XYSeries> cumulative = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            cumulative.add(new XYSeries(names.get(i), false, true));
        }
        for (Map.Entry<Double, Double> row : starts.entrySet()) {
            double start = row.getValue();
            double end = row.getKey();
            double total = 0;
            for (int i = 0; i < series.size(); i++) {
                Double v = values.get(i).get(end);
                total += v == null || v.isNaN() ? 0 : v;
                if (start < end) {
                    cumulative.get(i).add(start, total);
                }
                cumulative.get(i).add(end, total);
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
