package org.gigasim.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentChartsTest {

    @TempDir
    Path temp;

    @Test
    void compareAndSweepFoldersRenderDifferencesMetricsAndTornados() throws Exception {
        Path dir = FixtureRun.experiment(temp.resolve("experiment"));
        Charts.Rendered rendered = Charts.render(dir);
        // Sweep charts follow the catalog's order: unserved_h100e (demand) before the money metrics.
        assertEquals(List.of("compare-usd", "compare-fraction", "sweep-unserved-h100e", "sweep-revenue-usd",
                "sweep-backlog-top-share", "tornado-unserved-h100e", "tornado-revenue-usd", "tornado-backlog-top-share"),
                rendered.charts());
        for (String name : rendered.charts()) {
            ChartAssertions.parseXml(dir.resolve("charts").resolve(name + ".svg"));
        }
        ChartAssertions.parseXml(rendered.report());
    }

    @Test
    void compareChartPlotsEachDifferenceWithItsIntervalLargestOnTop() throws Exception {
        Path dir = FixtureRun.experiment(temp.resolve("compare-data"));
        Chart usd = CompareCharts.charts(dir, null, java.util.List.of()).stream().filter(c -> c.name().equals("compare-usd")).findFirst()
                .orElseThrow();
        XYPlot plot = usd.chart().getXYPlot();
        // Sorted by |difference|: backlog −1e9 on top, then revenue azure +5e8 (2027) and +1e8 (2026), then
        // revenue aws −2e7 at the bottom; the site row (MW) and the fraction rows belong to other charts.
        assertArrayEquals(new String[] {"revenue_usd · aws · 2027", "revenue_usd · azure · 2026",
            "revenue_usd · azure · 2027", "backlog_usd · azure · 2027"},
                ((SymbolAxis) plot.getDomainAxis()).getSymbols());
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) plot.getDataset();
        assertEquals("95% CI excludes 0", d.getSeriesKey(0));
        assertEquals(3, d.getItemCount(0));
        assertPoint(d, 0, 0, 1, 1e8, 9e7, 1.1e8);
        assertPoint(d, 0, 1, 2, 5e8, 4e8, 6e8);
        assertPoint(d, 0, 2, 3, -1e9, -1.2e9, -8e8);
        assertEquals("95% CI includes 0", d.getSeriesKey(1));
        assertEquals(1, d.getItemCount(1));
        assertPoint(d, 1, 0, 0, -2e7, -6e7, 2e7);
    }

    @Test
    void sweepChartsAverageOverTheOtherParameterAndTheTornadoRanksSwings() throws Exception {
        Path dir = FixtureRun.experiment(temp.resolve("sweep-data"));
        java.util.Map<String, Chart> charts = new java.util.TreeMap<>();
        SweepCharts.charts(dir, null).forEach(c -> charts.put(c.name(), c));
        // ror_enabled false: aws (950 + 850 + 650) M / 3 over outage_days 1, 3, 7; true: (1250 + 1150 + 950) M / 3.
        var panels = ((CombinedRangeXYPlot) charts.get("sweep-revenue-usd").chart().getPlot()).getSubplots();
        YIntervalSeriesCollection ror = (YIntervalSeriesCollection) ((XYPlot) panels.get(0)).getDataset();
        assertEquals("aws", ror.getSeriesKey(0));
        assertEquals(2450e6 / 3, ror.getYValue(0, 0), 1);
        assertEquals(3350e6 / 3, ror.getYValue(0, 1), 1);
        // outage_days 1: aws (950 + 1250) M / 2 = 1 100 M; 7: (650 + 950) M / 2 = 800 M.
        YIntervalSeriesCollection outage = (YIntervalSeriesCollection) ((XYPlot) panels.get(1)).getDataset();
        assertEquals(1100e6, outage.getYValue(0, 0), 1);
        assertEquals(800e6, outage.getYValue(0, 2), 1);
        // Tornado on aws + azure totals per point: 2 900, 2 700, 2 300 (ror off), 3 800, 3 600, 3 200 (on), in M;
        // mean 18 500 / 6. ror off averages 7 900 / 3, on 10 600 / 3: ∓450 M, the widest swing, so first.
        // outage 1 averages 3 350, 7 averages 2 750: +266.7 M and −333.3 M.
        CategoryDataset tornado = ((CategoryPlot) charts.get("tornado-revenue-usd").chart().getPlot()).getDataset();
        assertEquals(List.of("ror_enabled (false → true)", "outage_days (1 → 7)"), tornado.getColumnKeys());
        assertEquals(-450e6, tornado.getValue(0, 0).doubleValue(), 1);
        assertEquals(450e6, tornado.getValue(1, 0).doubleValue(), 1);
        assertEquals(3350e6 - 18500e6 / 6, tornado.getValue(0, 1).doubleValue(), 1);
        assertEquals(2750e6 - 18500e6 / 6, tornado.getValue(1, 1).doubleValue(), 1);
    }

    private static void assertPoint(YIntervalSeriesCollection d, int series, int item, double x, double mean,
            double low, double high) {
        assertEquals(x, d.getXValue(series, item), 0);
        assertEquals(mean, d.getYValue(series, item), 0);
        assertEquals(low, d.getStartYValue(series, item), 0);
        assertEquals(high, d.getEndYValue(series, item), 0);
    }

    @Test
    void compareChartDropsSiteRowsAndNamesTheYearOfEachDifference() throws Exception {
        Path dir = FixtureRun.experiment(temp.resolve("compare"));
        java.nio.file.Files.delete(dir.resolve("sweep.csv"));
        Charts.render(dir);
        String svg = java.nio.file.Files.readString(dir.resolve("charts/compare-usd.svg"));
        assertTrue(svg.contains("revenue_usd · azure") && svg.contains("backlog_usd · azure"));
        assertTrue(svg.contains("· 2027"), "each difference is labelled with its year");
        assertTrue(!java.nio.file.Files.exists(dir.resolve("charts/compare-mw.svg")), "site rows are not headline");
    }
}
