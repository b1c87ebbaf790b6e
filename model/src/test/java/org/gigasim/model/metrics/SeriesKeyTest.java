package org.gigasim.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gigasim.model.spec.AnswerSpec;
import org.junit.jupiter.api.Test;

/** Series keys, their order, and which keys a scenario's answer entries select. */
class SeriesKeyTest {

    @Test
    void eachDimensionIsSetAndReadOnItsOwn() {
        SeriesKey key = SeriesKey.of(Metric.CLAUSE_ACTIONS).lab("l").cloud("c").region("r").site("s")
                .accelerator("a").vendor("v").trafficClass("t").clause("x");
        List<String> values = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            values.add(key.get(d));
        }
        assertEquals(List.of("l", "c", "r", "s", "a", "v", "t", "x"), values);
        for (Dimension d : Dimension.values()) {
            SeriesKey changed = key.with(d, "z");
            for (Dimension other : Dimension.values()) {
                assertEquals(other == d ? "z" : key.get(other), changed.get(other), d + " changed " + other);
            }
        }
        assertEquals(new SeriesKey(Metric.CLAUSE_ACTIONS, null, null, null, null, null, null, null, null),
                SeriesKey.of(Metric.CLAUSE_ACTIONS));
        assertEquals(Metric.CLAUSE_MOVED_USD, key.as(Metric.CLAUSE_MOVED_USD).metric());
        assertEquals("x", key.as(Metric.CLAUSE_MOVED_USD).clause());
        assertEquals("traffic_class", Dimension.TRAFFIC_CLASS.column());
    }

    @Test
    void keysSortByMetricThenEachDimensionInOrder() {
        SeriesKey base = SeriesKey.of(Metric.SERVED_H100E);
        List<SeriesKey> expected = List.of(base.lab("a").cloud("z"), base.lab("b").cloud("a"),
                base.lab("b").cloud("b").trafficClass("a"), base.lab("b").cloud("b").trafficClass("b"),
                SeriesKey.of(Metric.UNSERVED_H100E));
        for (Dimension d : Dimension.values()) {
            assertTrue(base.with(d, "a").compareTo(base.with(d, "b")) < 0, d.toString());
            assertTrue(base.with(d, "b").compareTo(base.with(d, "a")) > 0, d.toString());
        }
        List<SeriesKey> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertEquals(expected, shuffled);
        assertEquals(0, base.lab("a").compareTo(base.lab("a")));
    }

    private static AnswerSpec answer(String metric, String lab, String cloud, List<String> by) {
        return new AnswerSpec(metric, lab, cloud, null, null, null, null, null, null, by);
    }

    @Test
    void anAnswerSelectsItsMetricAtTheCoarsestLevelHoldingWhatItFixes() {
        AnswerSpec share = answer("compute_share", "openai", null, null);
        assertEquals(Optional.of(Set.of(Dimension.LAB, Dimension.CLOUD)), AnswerSelection.level(share,
                Metric.COMPUTE_SHARE));
        SeriesKey azure = SeriesKey.of(Metric.COMPUTE_SHARE).lab("openai").cloud("azure");
        assertTrue(AnswerSelection.matches(share, azure));
        assertFalse(AnswerSelection.matches(share, azure.lab("anthropic")));
        assertFalse(AnswerSelection.matches(share, SeriesKey.of(Metric.COMPUTE_SHARE).lab("openai")),
                "a key without the level's cloud");
        assertFalse(AnswerSelection.matches(share, azure.as(Metric.HHI_COMPUTE_BY_CLOUD)));

        AnswerSpec backlog = answer("backlog_usd", null, "azure", null);
        SeriesKey whole = SeriesKey.of(Metric.BACKLOG_USD).cloud("azure");
        assertTrue(AnswerSelection.matches(backlog, whole));
        assertFalse(AnswerSelection.matches(backlog, whole.lab("openai")), "per counterparty is finer");
        AnswerSpec byLab = answer("backlog_usd", null, "azure", List.of("lab"));
        assertTrue(AnswerSelection.matches(byLab, whole.lab("openai")));
        assertFalse(AnswerSelection.matches(byLab, whole));
        assertTrue(AnswerSelection.matchesAny(List.of(share, byLab), whole.lab("openai")));
        assertFalse(AnswerSelection.matchesAny(List.of(share, backlog), whole.lab("openai")));

        AnswerSpec market = answer("hhi_compute_by_cloud", null, null, null);
        assertEquals(Optional.of(Set.of()), AnswerSelection.level(market, Metric.HHI_COMPUTE_BY_CLOUD));
        assertTrue(AnswerSelection.matches(market, SeriesKey.of(Metric.HHI_COMPUTE_BY_CLOUD)));
        assertFalse(AnswerSelection.matches(market, SeriesKey.of(Metric.HHI_COMPUTE_BY_CLOUD).lab("openai")));
        AnswerSpec impossible = answer("revenue_usd", "openai", null, null);
        assertEquals(Optional.empty(), AnswerSelection.level(impossible, Metric.REVENUE_USD));
        assertFalse(AnswerSelection.matches(impossible, SeriesKey.of(Metric.REVENUE_USD).cloud("azure")));
    }

    @Test
    void anAnswerFixesOnlyTheDimensionsItGivesAValue() {
        AnswerSpec all = new AnswerSpec("clause_actions", "l", "c", "r", "s", "a", "v", "t", "x", null);
        List<String> values = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            values.add(AnswerSelection.value(all, d));
        }
        assertEquals(List.of("l", "c", "r", "s", "a", "v", "t", "x"), values);
        AnswerSpec blank = new AnswerSpec("clause_actions", "", null, null, null, null, null, null, null, null);
        assertEquals(null, AnswerSelection.value(blank, Dimension.LAB));
    }

    @Test
    void aWrongAnswerIsExplained() {
        assertEquals(Optional.empty(), AnswerSelection.problem(answer("unserved_h100e", "openai", null, null)));
        assertEquals(Optional.of("unknown metric 'unserved'; the metrics are listed in docs/metrics.md"),
                AnswerSelection.problem(answer("unserved", null, null, null)));
        assertEquals(Optional.of("by names unknown dimension 'labs'; the dimensions are lab, cloud, region, site,"
                + " accelerator, vendor, traffic_class, clause"),
                AnswerSelection.problem(answer("unserved_h100e", null, null, List.of("labs"))));
        assertEquals(Optional.of("revenue_usd is not recorded by lab + cloud; it is recorded by cloud"),
                AnswerSelection.problem(answer("revenue_usd", "openai", "azure", null)));
        assertEquals(Optional.of("backlog_usd is not recorded by region; it is recorded by cloud; lab + cloud"),
                AnswerSelection.problem(answer("backlog_usd", null, null, List.of("region"))));
        assertEquals(Optional.of("hhi_compute_by_cloud is not recorded by cloud; it is recorded by lab;"
                + " nothing (one market-wide series)"),
                AnswerSelection.problem(answer("hhi_compute_by_cloud", null, "azure", null)));
    }

    @Test
    void everyMetricHasATitleAndItsBounds() {
        for (Metric m : Metric.values()) {
            assertFalse(m.title().isBlank(), m.id());
            assertEquals(Optional.of(m), Metric.byId(m.id()));
        }
        assertEquals("Unserved demand", Metric.UNSERVED_H100E.title());
        assertEquals("Capacity", Metric.CAPACITY_H100E.title());
        assertEquals(Metric.Group.MONEY, Metric.BACKLOG_USD.group());
        assertEquals(Optional.empty(), Metric.byId("capacity"));
        assertEquals(Double.NEGATIVE_INFINITY, Metric.CASH_USD.lowerBound());
        assertEquals(0, Metric.SPEND_USD.lowerBound());
        assertEquals(1, Metric.COMPUTE_SHARE.upperBound());
        assertEquals(1, Metric.BACKLOG_TOP_SHARE.upperBound());
        assertEquals(Double.POSITIVE_INFINITY, Metric.UTILIZATION.upperBound());
    }
}
