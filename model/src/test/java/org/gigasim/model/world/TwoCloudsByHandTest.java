package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.FundingRoundSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The metrics {@link ObservationByHandTest} leaves out — outages by site, region and cloud,
 * capacity by region, the market's concentration, backlog with a non-AI part, prices, and a
 * lab's cash, revenue and funding — on a ten-day fixture computed by hand.
 *
 * <p>{@code gpu}: 1.6 kW IT, 2.5 H100e. Cloud {@code a}: site {@code sa1} (region east, PUE 1.25,
 * 4,000 gpu on 8 MW) and {@code sa2} (region west, PUE 1.25, 2,000 gpu on 4 MW), prices 3.5 and
 * 7.0 $/chip-h, non-AI backlog 1e9 $ that neither grows nor is recognised. Cloud {@code b}: site
 * {@code sb} (PUE 1.1, 1,500 gpu on 3 MW, 1.76 kW a chip: 2.64 MW used), prices 4.0 and 8.0.
 * Lab {@code l1}: 5,000 H100e stateless, finance (cash 1e9, 2.0 $ per H100e-hour served, a
 * 5e8 round on 4 January); contract {@code k1} on {@code a}: 4 MW / (1.6 × 1.25) = 2,000 chips =
 * 5,000 H100e. Lab {@code l2}: 2,500 H100e stateful; contract {@code k2} on {@code b}: 1.76 MW /
 * 1.76 kW = 1,000 chips = 2,500 H100e. Both contracts run through 2026-12-31 (8,760 h). Site
 * {@code sa2} is down for 48 h from 5 January (hours 96 to 144): {@code a} keeps 4,000 up chips,
 * more than {@code k1} needs, so every lab stays served.
 */
class TwoCloudsByHandTest {

    private static final LocalDate START = Specs.START;
    private static final int DAYS = 10;
    private static ReplicationResult result;

    /** Built for each test, not once: mutation testing links what a @BeforeAll runs to the first test only. */
    @BeforeEach
    void run() {
        AcceleratorSpec gpu = new AcceleratorSpec("gpu", "nvidia", null, 1.6, 2.5, null, null, List.of());
        SiteSpec sa1 = new SiteSpec("sa1", "east", 1.25, Map.of("gpu", 4_000.0), List.of(Specs.power(START, 8)),
                List.of(), null);
        SiteSpec sa2 = new SiteSpec("sa2", "west", 1.25, Map.of("gpu", 2_000.0), List.of(Specs.power(START, 4)),
                List.of(), null);
        SiteSpec sb = new SiteSpec("sb", "east", 1.1, Map.of("gpu", 1_500.0), List.of(Specs.power(START, 3)),
                List.of(), null);
        CloudSpec a = new CloudSpec("a", null, null, Map.of("gpu", new PriceSpec(3.5, 7.0)), 1e9, 0.0, 0.0,
                List.of(sa1, sa2));
        CloudSpec b = new CloudSpec("b", null, null, Map.of("gpu", new PriceSpec(4.0, 8.0)), null, null, null,
                List.of(sb));
        FinanceSpec finance = new FinanceSpec(1e9, List.of(new FundingRoundSpec(START.plusDays(3), 5e8)), 2.0, null,
                null, null);
        LabSpec l1 = new LabSpec("l1", new DemandSpec(Specs.flat(5_000), null, null, null), null, finance, null);
        LabSpec l2 = new LabSpec("l2", new DemandSpec(null, Specs.flat(2_500), null, null), null, null, null);
        LocalDate end = LocalDate.of(2026, 12, 31);
        ContractSpec k1 = new ContractSpec("k1", "l1", "a", "gpu", 4, START, end, null, 3.5, null, List.of());
        ContractSpec k2 = new ContractSpec("k2", "l2", "b", "gpu", 1.76, START, end, null, 4.0, null, List.of());
        ScenarioSpec spec = new ScenarioSpec("two-clouds-by-hand", "", START, START.plusDays(DAYS - 1), 7L, 1,
                Duration.ofDays(1), List.of(gpu), List.of(a, b), List.of(l1, l2), List.of(k1, k2),
                List.of(new EventSpec.Outage(START.plusDays(4), "sa2", null, 48)));
        result = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
    }

    /** The rows after the start, one per day. */
    private static List<Double> days(SeriesKey key) {
        Series series = result.recorder().series().get(key);
        assertTrue(series != null, "no series " + key);
        List<Double> rows = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            if (series.time(i) > 0) {
                assertEquals(24.0 * (rows.size() + 1), series.time(i), 0, key + " row " + i);
                rows.add(series.value(i));
            }
        }
        assertEquals(DAYS, rows.size(), "daily rows of " + key);
        return rows;
    }

    /** Asserts the daily rows: {@code normal} on every day but days 5 and 6 (the outage), {@code outage} on those. */
    private static void daily(SeriesKey key, double normal, double outage) {
        List<Double> rows = days(key);
        for (int d = 0; d < DAYS; d++) {
            double expected = d == 4 || d == 5 ? outage : normal;
            assertEquals(expected, rows.get(d), Math.abs(expected) * 1e-9 + 1e-9, key + " on day " + (d + 1));
        }
    }

    private static double last(SeriesKey key) {
        List<Double> rows = days(key);
        return rows.get(rows.size() - 1);
    }

    @Test
    void anOutageCountsAtItsSiteItsRegionAndItsCloud() {
        SeriesKey outage = SeriesKey.of(Metric.OUTAGE_HOURS).cloud("a");
        daily(outage.region("west").site("sa2"), 0, 24);
        daily(outage.region("west"), 0, 24);
        daily(outage, 0, 24);
        daily(outage.region("east").site("sa1"), 0, 0);
        daily(outage.region("east"), 0, 0);
        daily(SeriesKey.of(Metric.OUTAGE_HOURS).cloud("b"), 0, 0);
    }

    @Test
    void capacityByRegionDropsWithItsSiteAndUtilizationRises() {
        SeriesKey capacity = SeriesKey.of(Metric.CAPACITY_H100E).cloud("a");
        daily(capacity, 15_000, 10_000);
        daily(capacity.region("east"), 10_000, 10_000);
        daily(capacity.region("west"), 5_000, 0);
        daily(capacity.accelerator("gpu"), 15_000, 10_000);
        daily(SeriesKey.of(Metric.CAPACITY_H100E).cloud("b").region("east"), 3_750, 3_750);
        daily(SeriesKey.of(Metric.UTILIZATION).cloud("a"), 5_000.0 / 15_000, 5_000.0 / 10_000);
        daily(SeriesKey.of(Metric.UTILIZATION).cloud("b"), 2_500.0 / 3_750, 2_500.0 / 3_750);
        daily(SeriesKey.of(Metric.UNSERVED_H100E).lab("l1").trafficClass("stateless_api"), 0, 0);
        daily(SeriesKey.of(Metric.SERVED_H100E).lab("l2").cloud("b").trafficClass("stateful"), 2_500, 2_500);
    }

    @Test
    void powerByRegionAndCloud() {
        SeriesKey online = SeriesKey.of(Metric.POWER_ONLINE_MW);
        daily(online.cloud("a").region("east"), 8, 8);
        daily(online.cloud("a").region("west"), 4, 4);
        daily(online.cloud("a"), 12, 12);
        daily(online.as(Metric.POWER_USED_MW).cloud("b"), 2.64, 2.64);
        daily(online.as(Metric.STRANDED_POWER_MW).cloud("b").region("east").site("sb"), 3 - 2.64, 3 - 2.64);
        daily(online.as(Metric.STRANDED_POWER_MW).cloud("b").region("east"), 3 - 2.64, 3 - 2.64);
        daily(online.as(Metric.STRANDED_CHIPS).cloud("a").region("west"), 0, 0);
    }

    @Test
    void theMarketsConcentrationWeighsEachCloudsServedCompute() {
        // 5,000 served on a and 2,500 on b: (5,000² + 2,500²) / 7,500² = 5/9. Each lab uses one cloud: 1.
        daily(SeriesKey.of(Metric.HHI_COMPUTE_BY_CLOUD), 5.0 / 9, 5.0 / 9);
        daily(SeriesKey.of(Metric.HHI_COMPUTE_BY_CLOUD).lab("l1"), 1, 1);
        daily(SeriesKey.of(Metric.COMPUTE_SHARE).lab("l2").cloud("b"), 1, 1);
        daily(SeriesKey.of(Metric.COMPUTE_SHARE).lab("l2").cloud("a"), 0, 0);
    }

    @Test
    void backlogCountsTheNonAiPartInTheTotalAndTheTopShare() {
        // After ten days 8,520 h remain: k1 8,520 × 2,000 × 3.5; k2 8,520 × 1,000 × 4.0.
        double k1 = 8_520.0 * 2_000 * 3.5;
        double k2 = 8_520.0 * 1_000 * 4.0;
        SeriesKey backlog = SeriesKey.of(Metric.BACKLOG_USD).cloud("a");
        assertEquals(1e9 + k1, last(backlog), 1e-3);
        assertEquals(k1, last(backlog.lab("l1")), 1e-3);
        assertEquals(0, last(backlog.lab("l2")), 0);
        assertEquals(k1 / (1e9 + k1), last(SeriesKey.of(Metric.BACKLOG_TOP_SHARE).cloud("a")), 1e-12);
        assertEquals(k2, last(SeriesKey.of(Metric.BACKLOG_USD).cloud("b")), 1e-3);
        assertEquals(1.0, last(SeriesKey.of(Metric.BACKLOG_TOP_SHARE).cloud("b")), 1e-12);
        // A day earlier, 24 h more of each.
        assertEquals(1e9 + k1 + 24 * 2_000 * 3.5, days(backlog).get(DAYS - 2), 1e-3);
    }

    @Test
    void pricesAndMoneyFlows() {
        SeriesKey onDemand = SeriesKey.of(Metric.ON_DEMAND_PRICE_USD_PER_CHIP_HOUR).accelerator("gpu");
        daily(onDemand.cloud("a"), 7.0, 7.0);
        daily(onDemand.cloud("b"), 8.0, 8.0);
        daily(onDemand.as(Metric.CONTRACT_PRICE_USD_PER_CHIP_HOUR).cloud("a"), 3.5, 3.5);
        daily(onDemand.as(Metric.CONTRACT_PRICE_USD_PER_CHIP_HOUR).cloud("b"), 4.0, 4.0);
        daily(SeriesKey.of(Metric.REVENUE_USD).cloud("a"), 2_000 * 3.5 * 24, 2_000 * 3.5 * 24);
        daily(SeriesKey.of(Metric.REVENUE_USD).cloud("b"), 1_000 * 4.0 * 24, 1_000 * 4.0 * 24);
        daily(SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("a"), 0, 0);
        daily(SeriesKey.of(Metric.SPEND_USD).lab("l2"), 1_000 * 4.0 * 24, 1_000 * 4.0 * 24);
    }

    @Test
    void aLabsCashIsItsOpeningPlusRoundsPlusRevenueMinusSpend() {
        SeriesKey l1 = SeriesKey.of(Metric.CASH_USD).lab("l1");
        // Revenue 5,000 H100e × 2.0 $ × 24 h = 240,000 a day; spend 168,000 a day.
        daily(l1.as(Metric.LAB_REVENUE_USD), 240_000, 240_000);
        // The round at hour 72 comes after that hour's sample, so it falls in the fourth day's row.
        List<Double> funding = days(l1.as(Metric.FUNDING_USD));
        assertEquals(5e8, funding.get(3));
        assertEquals(5e8, funding.stream().mapToDouble(Double::doubleValue).sum());
        List<Double> cash = days(l1);
        assertEquals(1e9 + 3 * 72_000, cash.get(2), 1e-3);
        assertEquals(1e9 + 5e8 + 4 * 72_000, cash.get(3), 1e-3);
        assertEquals(1e9 + 5e8 + DAYS * 72_000, cash.get(DAYS - 1), 1e-3);
        assertFalse(result.recorder().has(SeriesKey.of(Metric.CASH_USD).lab("l2")), "a lab without finance has no cash");
        assertFalse(result.recorder().has(SeriesKey.of(Metric.LAB_REVENUE_USD).lab("l2")));
    }
}
