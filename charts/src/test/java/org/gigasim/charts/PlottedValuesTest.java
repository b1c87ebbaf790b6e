package org.gigasim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the charts plot, on a hand-written run that starts on 2026-01-01 with samples at 0,
 * 720 h (31 January), 2,160 h (1 April, a quarter end), 2,880 h (1 May), 4,344 h (1 July, a
 * quarter end) and 4,400 h, where it ends inside the third quarter.
 */
class PlottedValuesTest {

    static final double[] TIMES = {720, 2160, 2880, 4344, 4400};
    static final double HOUR_MS = 3_600_000.0;
    static final double START_MS = ms(LocalDate.of(2026, 1, 1));

    @TempDir
    static Path temp;
    static RunData data;
    static Path dir;

    @BeforeAll
    static void writeRun() throws Exception {
        SeriesKey revenue = SeriesKey.of(Metric.REVENUE_USD).cloud("c1");
        SeriesKey capacity = SeriesKey.of(Metric.CAPACITY_H100E);
        SyntheticRun run = new SyntheticRun()
                .means(SeriesKey.of(Metric.POWER_ONLINE_MW).cloud("c1"), new double[] {0, 720, 2160, 2880, 4344, 4400},
                        new double[] {100, 100, 100, 100, 100, 100}, 0)
                .means(revenue, TIMES, new double[] {100, 200, 50, 70, 5}, 10)
                .means(SeriesKey.of(Metric.SPEND_USD).lab("L1"), TIMES, new double[] {1, 2, 3, 4, 5}, 0)
                .means(capacity.cloud("c1"), TIMES, new double[] {10, 40, 40, 40, 40}, 0)
                .means(capacity.cloud("c2"), TIMES, new double[] {5, 5, 5, 5, 5}, 0)
                .means(capacity.cloud("c1").region("r1"), TIMES, new double[] {999, 999, 999, 999, 999}, 0)
                .means(SeriesKey.of(Metric.CAPACITY_SHARE_BY_VENDOR).vendor("nvidia"), TIMES,
                        new double[] {1, 1, 1, 1, 1}, 0)
                .means(SeriesKey.of(Metric.CLAUSE_ACTIONS).lab("L1").cloud("c1").clause("take-or-pay"), TIMES,
                        new double[] {1, 0, 2, 0, 0}, 0)
                .figure(revenue, 2026, 425)
                .figure(SeriesKey.of(Metric.POWER_ONLINE_MW).cloud("c1"), 2026, 100)
                .figure(SeriesKey.of(Metric.POWER_ONLINE_MW).cloud("c1").region("r1").site("s1"), 2026, 7)
                .figure(SeriesKey.of(Metric.POWER_USED_MW).cloud("c1"), 2026, 55);
        dir = run.write(temp.resolve("synthetic"));
        data = RunData.read(dir);
    }

    @Test
    void revenueIsSummedPerCalendarQuarterAndAPartQuarterIsLeftOut() {
        XYDataset d = ((XYPlot) MoneyCharts.revenue(data).chart().getPlot()).getDataset();
        assertEquals(1, d.getSeriesCount());
        assertEquals("c1", d.getSeriesKey(0));
        // Q1: 100 + 200, a flat step from 1 January to 1 April; Q2: 50 + 70; Q3 is cut by the end.
        assertPoints(d, 0, new double[] {0, 2160, 2160, 4344}, new double[] {300, 300, 120, 120});
        YIntervalSeriesCollection bands = (YIntervalSeriesCollection) d;
        assertEquals(280, bands.getStartYValue(0, 0), 1e-9, "two rows' bounds of ±10 add up");
        assertEquals(320, bands.getEndYValue(0, 0), 1e-9);
    }

    @Test
    void spendIsSummedPerCalendarQuarterForEachLab() {
        XYDataset d = ((XYPlot) MoneyCharts.spend(data).chart().getPlot()).getDataset();
        assertEquals("L1", d.getSeriesKey(0));
        assertPoints(d, 0, new double[] {0, 2160, 2160, 4344}, new double[] {3, 3, 7, 7});
    }

    @Test
    void capacityIsStackedAsStepsOverEachIntervalWithoutItsRegionRows() {
        XYDataset d = ((XYPlot) CloudCharts.capacityByCloud(data).chart().getPlot()).getDataset();
        assertEquals(2, d.getSeriesCount(), "one layer per cloud; the region row is not a layer");
        // The top layer (c2) is drawn first and holds the running total c1 + c2.
        assertEquals("c2", d.getSeriesKey(0));
        assertPoints(d, 0, new double[] {0, 720, 720, 2160, 2160, 2880}, new double[] {15, 15, 45, 45, 45, 45});
        assertEquals("c1", d.getSeriesKey(1));
        assertPoints(d, 1, new double[] {0, 720, 720, 2160}, new double[] {10, 10, 40, 40});
    }

    @Test
    void vendorSharesAreNamedByTheVendorColumn() {
        XYDataset d = ((XYPlot) CloudCharts.capacityShareByVendor(data).chart().getPlot()).getDataset();
        assertEquals(1, d.getSeriesCount());
        assertEquals("nvidia", d.getSeriesKey(0));
        assertEquals(1.0, d.getYValue(0, 0), 1e-12);
    }

    @Test
    void clauseMetricsAreDrawnPerClauseTypeFromTheClauseColumn() {
        Chart chart = GroupCharts.others(data, Metric.Group.CLAUSES, Set.of()).orElseThrow();
        assertEquals(List.of(Metric.CLAUSE_ACTIONS), chart.metrics());
        XYPlot panel = (XYPlot) ((CombinedDomainXYPlot) chart.chart().getPlot()).getSubplots().get(0);
        XYDataset d = panel.getDataset();
        assertEquals("L1 · c1 · take-or-pay", d.getSeriesKey(0));
        assertPoints(d, 0, new double[] {0, 2160, 2160, 4344}, new double[] {1, 1, 2, 2});
    }

    @Test
    void headlineTableShowsTheCatalogsHeadlineMetricsAtTheirCoarsestLevel() throws Exception {
        Path report = Charts.render(dir).report();
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(html.contains("<tr><td>revenue_usd</td><td>USD</td><td>c1</td>"), "headline revenue");
        assertTrue(html.contains("<tr><td>power_online_mw</td><td>MW</td><td>c1</td>"), "headline power per cloud");
        assertFalse(html.contains("<tr><td>power_online_mw</td><td>MW</td><td>c1 · r1 · s1</td>"), "not per site");
        assertFalse(html.contains("<tr><td>power_used_mw</td>"), "power_used_mw is not a headline metric");
        assertTrue(html.contains("<tr><th>Regions</th><td>r1</td></tr>"), "regions read from their own column");
    }

    @Test
    void aDenseLevelIsThinnedToExactTimeWeightedMeans() throws Exception {
        SyntheticRun run = new SyntheticRun();
        SeriesKey key = SeriesKey.of(Metric.CAPACITY_H100E).cloud("c1");
        for (int h = 1; h <= 1200; h++) {
            run.point(h, key, h, h, h);
        }
        Path dense = run.write(temp.resolve("dense"));
        Timeseries ts = Timeseries.read(dense.resolve("timeseries.csv"), RunSummary.read(dense.resolve(
                "summary.json")), k -> true);
        Series s = ts.get(key);
        // 1,201 sample times (0 to 1,200 h) thin to every third: windows (0, 3], (3, 6], ... of three rows.
        assertEquals(400, s.size());
        assertEquals(START_MS, s.startMs()[0], 1e-3);
        assertEquals(START_MS + 3 * HOUR_MS, s.timeMs()[0], 1e-3);
        assertEquals(2.0, s.mean()[0], 1e-12, "mean of the rows at 1, 2 and 3 h");
        assertEquals(1199.0, s.mean()[399], 1e-12, "mean of the rows at 1,198, 1,199 and 1,200 h");
        assertTrue(s.size() <= Timeseries.MAX_POINTS);
    }

    /** Asserts series {@code s}'s first points, times in hours since the start. */
    private static void assertPoints(XYDataset d, int s, double[] hours, double[] values) {
        assertTrue(d.getItemCount(s) >= hours.length, "points: " + d.getItemCount(s));
        for (int i = 0; i < hours.length; i++) {
            assertEquals(START_MS + hours[i] * HOUR_MS, d.getXValue(s, i), 1e-3, "time of point " + i);
            assertEquals(values[i], d.getYValue(s, i), 1e-9, "value of point " + i);
        }
    }

    private static double ms(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
