package org.gigasim.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SortedMap;
import java.util.TreeMap;
import org.gigasim.experiments.sensitivity.Response;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.results.HeadlineFigures;
import org.junit.jupiter.api.Test;

/** Reading METRIC[:YEAR][@DIM=VALUE,...] and finding its value among a replication's figures. */
class SensitivityResponseTest {

    @Test
    void withoutASelectionTheMetricIsCountedOnceAtItsCoarsestLevel() {
        // power_online_mw is recorded per site, per region and per cloud: the total is the per-cloud sum only.
        SortedMap<HeadlineFigures.Cell, Double> figures = new TreeMap<>();
        put(figures, site("a", "east", "a1"), 2027, 100);
        put(figures, site("a", "east", "a2"), 2027, 50);
        put(figures, region("a", "east"), 2027, 150);
        put(figures, cloud("a"), 2027, 150);
        put(figures, cloud("b"), 2027, 30);
        put(figures, cloud("b"), 2026, 999);
        SensitivityResponse total = SensitivityResponse.parse("power_online_mw", 2026, 2027);
        assertEquals(180, total.valueIn(figures), 0.0);
        assertEquals(Response.of("power_online_mw", 2027), total.response());
        SensitivityResponse one = SensitivityResponse.parse("power_online_mw:2026@cloud=b", 2026, 2027);
        assertEquals(999, one.valueIn(figures), 0.0);
        assertEquals(Response.of("power_online_mw@cloud=b", 2026), one.response());
        // A site selection reads the per-site series.
        assertEquals(50, SensitivityResponse.parse("power_online_mw@site=a2", 2026, 2027).valueIn(figures), 0.0);
        assertTrue(Double.isNaN(SensitivityResponse.parse("power_online_mw@cloud=c", 2026, 2027).valueIn(figures)));
    }

    @Test
    void malformedResponsesNameTheOptionAndWhatToWrite() {
        assertMessage("revenue@cloud=a", "unknown metric 'revenue'");
        assertMessage("revenue_usd:next", "the year after ':' must be a calendar year");
        assertMessage("revenue_usd@cloud", "select each dimension once as DIM=VALUE");
        assertMessage("revenue_usd@cloud=a,cloud=b", "select each dimension once");
        assertMessage("revenue_usd@lab=x", "revenue_usd is recorded by");
        assertMessage("revenue_usd@cloud=a:2027", "the year goes before the selection: METRIC:YEAR@DIM=VALUE");
    }

    private static void assertMessage(String text, String part) {
        ExperimentInputException e = assertThrows(ExperimentInputException.class,
                () -> SensitivityResponse.parse(text, 2026, 2027));
        assertTrue(e.getMessage().startsWith("--metric " + text + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    private static void put(SortedMap<HeadlineFigures.Cell, Double> figures, SeriesKey key, int year, double value) {
        figures.put(new HeadlineFigures.Cell(key, year), value);
    }

    private static SeriesKey cloud(String cloud) {
        return SeriesKey.of(Metric.POWER_ONLINE_MW).with(Dimension.CLOUD, cloud);
    }

    private static SeriesKey region(String cloud, String region) {
        return cloud(cloud).with(Dimension.REGION, region);
    }

    private static SeriesKey site(String cloud, String region, String site) {
        return region(cloud, region).with(Dimension.SITE, site);
    }
}
