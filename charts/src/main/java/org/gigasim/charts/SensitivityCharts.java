package org.gigasim.charts;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gigasim.results.OutputFiles;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Charts of {@code sensitivity.csv}, one per response: for Sobol' indices, each factor's S1 and
 * ST as points with their 95% bootstrap intervals, factors sorted by ST; for Morris screening,
 * μ* and σ the same way, sorted by μ*. A Latin hypercube's figures describe the output, not
 * the factors, and are in the report's Answer table only. Factors run down the vertical axis
 * so long scenario paths stay readable.
 */
final class SensitivityCharts {

    static final String CSV = OutputFiles.SENSITIVITY_CSV;
    static final String JSON = OutputFiles.SENSITIVITY_JSON;
    /** The columns of sensitivity.csv the charts read. */
    static final List<String> COLUMNS = List.of("factor", "metric", "year", "index", "value", "ci95_low", "ci95_high");
    /** The index each method's answer shows: Sobol' total order, Morris μ*, a Latin hypercube's mean. */
    private static final List<String> HEADLINE = List.of("ST", "mu_star", "mean");
    private static final Color FIRST = new Color(0x1F77B4);
    private static final Color SECOND = new Color(0xD62728);

    /** One index of one factor. */
    private record Value(double value, double low, double high) {
    }

    private SensitivityCharts() {
    }

    static List<Chart> charts(Path dir, RunData run) throws IOException {
        // response label -> index -> factor -> value, in file order
        Map<String, Map<String, Map<String, Value>>> table = new LinkedHashMap<>();
        Csv.read(dir.resolve(CSV), r -> {
            String response = r.get("year").isEmpty() ? r.get("metric") : r.get("metric") + " in " + r.get("year");
            table.computeIfAbsent(response, k -> new LinkedHashMap<>()).computeIfAbsent(r.get("index"),
                    k -> new LinkedHashMap<>()).put(r.get("factor"), new Value(r.number("value"),
                            r.number("ci95_low"), r.number("ci95_high")));
        });
        String footer = Experiment.footer(run, dir.resolve(JSON), "gigasim sensitivity");
        List<Chart> charts = new ArrayList<>();
        for (Map.Entry<String, Map<String, Map<String, Value>>> e : table.entrySet()) {
            Map<String, Map<String, Value>> byIndex = e.getValue();
            if (byIndex.containsKey("ST")) {
                charts.add(chart(e.getKey(), byIndex, "S1", "ST", "Sobol' index (share of variance)", footer,
                        "First-order (S1, alone) and total-order (ST, with interactions) Sobol' indices of "
                                + e.getKey() + ", with 95% bootstrap intervals; factors by decreasing ST."));
            } else if (byIndex.containsKey("mu_star")) {
                charts.add(chart(e.getKey(), byIndex, "mu_star", "sigma", "elementary effect (output units per range)",
                        footer, "Morris screening of " + e.getKey() + ": μ* (overall influence) and σ (nonlinearity"
                                + " or interactions), with 95% bootstrap intervals; factors by decreasing μ*."));
            }
        }
        return charts;
    }

    /**
     * The answer of a sensitivity folder: per response, each factor's headline index (ST for
     * Sobol', μ* for Morris; the mean for a Latin hypercube) with its 95% bootstrap interval.
     */
    static Answer answer(Path dir) throws IOException {
        JsonNode root = Experiment.json(dir.resolve(JSON));
        Map<String, List<Answer.Row>> byResponse = new LinkedHashMap<>();
        Csv.read(dir.resolve(CSV), r -> {
            if (!HEADLINE.contains(r.get("index"))) {
                return;
            }
            SortedMap<Integer, Answer.Cell> years = new TreeMap<>();
            years.put(r.get("year").isEmpty() ? 0 : (int) r.number("year"),
                    new Answer.Cell(r.number("value"), r.number("ci95_low"), r.number("ci95_high"), false));
            String factor = r.get("factor").isEmpty() ? "the metric" : r.get("factor");
            byResponse.computeIfAbsent(r.get("metric"), k -> new ArrayList<>())
                    .add(new Answer.Row(factor + " · " + r.get("index"), null, years));
        });
        List<Answer.Group> groups = new ArrayList<>();
        byResponse.forEach((metric, rows) -> groups.add(new Answer.Group(metric, rows)));
        String scenario = root.path("scenario").asText("");
        String question = root.path("question").asText("");
        return new Answer(scenario.isEmpty() ? "gigasim sensitivity" : scenario + " sensitivity",
                question.isEmpty() ? List.of() : List.of(question), root.path("method").asText("") + " indices with"
                + " their 95% bootstrap intervals (ST: share of variance with interactions; mu_star: mean absolute"
                + " elementary effect)", !groups.isEmpty(), groups);
    }

    private static Chart chart(String response, Map<String, Map<String, Value>> byIndex, String first, String second,
            String axisLabel, String footer, String caption) {
        Map<String, Value> a = byIndex.get(first);
        Map<String, Value> b = byIndex.getOrDefault(second, Map.of());
        List<String> factors = new ArrayList<>(a.keySet());
        // Most influential at the top: the sort key is the second index (ST) or the first (μ*).
        Map<String, Value> key = first.equals("S1") ? b : a;
        factors.sort((x, y) -> Double.compare(orZero(key.get(y)), orZero(key.get(x))));
        // The axis counts from the bottom, so the most influential factor goes last.
        java.util.Collections.reverse(factors);
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(series(label(first), a, factors, -0.12));
        dataset.addSeries(series(label(second), b, factors, 0.12));
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setCapLength(5);
        renderer.setSeriesPaint(0, FIRST);
        renderer.setSeriesPaint(1, SECOND);
        SymbolAxis factorAxis = new SymbolAxis("factor", factors.toArray(new String[0]));
        factorAxis.setGridBandsVisible(false);
        NumberAxis valueAxis = Plots.valueAxis(axisLabel, false);
        XYPlot plot = new XYPlot(dataset, factorAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Plots.styleXY(plot);
        return Chart.panels("sensitivity-" + Experiment.slug(response), caption,
                Plots.chart(response + ": which factors drive it", plot, footer), factors.size() / 3 + 1, List.of());
    }

    private static XYIntervalSeries series(String name, Map<String, Value> values, List<String> factors,
            double offset) {
        XYIntervalSeries series = new XYIntervalSeries(name, false, true);
        for (int i = 0; i < factors.size(); i++) {
            Value v = values.get(factors.get(i));
            if (v != null && !Double.isNaN(v.value())) {
                double low = Double.isNaN(v.low()) ? v.value() : v.low();
                double high = Double.isNaN(v.high()) ? v.value() : v.high();
                series.add(i + offset, i + offset, i + offset, v.value(), low, high);
            }
        }
        return series;
    }

    private static double orZero(Value v) {
        return v == null || Double.isNaN(v.value()) ? 0.0 : v.value();
    }

    private static String label(String index) {
        return switch (index) {
            case "S1" -> "S1 (first order)";
            case "ST" -> "ST (total order)";
            case "mu_star" -> "μ* (mean |effect|)";
            case "sigma" -> "σ (spread of effects)";
            default -> index;
        };
    }
}
