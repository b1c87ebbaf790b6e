package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
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
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every metric the world records, on a fixture small enough to compute by hand and with no
 * unit values, so a dropped or swapped factor (PUE, rating, efficiency, price) changes a
 * figure. Nothing is random and nothing changes over the ten days, so each level's daily row
 * is its constant value and each flow's row is a day of its rate.
 *
 * <p>The fixture:
 * <ul>
 *   <li>{@code gpu}: Nvidia, 1.6 kW IT, 2.5 H100e; {@code tpu}: Google, 1.0 kW IT, 1.5 H100e,
 *       hostable only by cloud {@code g}.</li>
 *   <li>Cloud {@code a}, site {@code sa} (region {@code east}, PUE 1.25): 7,000 gpu installed,
 *       11.84 MW. A gpu draws 1.6 × 1.25 = 2 kW, so 5,920 are powered and 1,080 stranded;
 *       capacity 5,920 × 2.5 = 14,800 raw H100e. Prices: contract 3.5, on demand 7.0 $/chip-h.</li>
 *   <li>Cloud {@code g}, site {@code sg} (region {@code west}, PUE 1.1): 4,000 tpu installed,
 *       10 MW. A tpu draws 1.1 kW: 4.4 MW used, 5.6 MW stranded power, no stranded chips;
 *       capacity 4,000 × 1.5 = 6,000 raw H100e. On demand 4.0 $/chip-h.</li>
 *   <li>Lab {@code lab}: flat demand, 9,000 H100e stateless and 12,000 stateful; efficiency 0.8
 *       on tpu (1.0 on gpu).</li>
 *   <li>Contract {@code k}: lab on {@code a}, 8 MW of gpu at 3.5 $/chip-h through 2026-12-31.
 *       Reference PUE is {@code a}'s 1.25, so 8,000 kW / (1.6 × 1.25) = 4,000 chips =
 *       10,000 held H100e.</li>
 * </ul>
 *
 * <p>Routing: stateless takes 9,000 of the 10,000 held; stateful takes the last 1,000 held
 * and asks 11,000 on demand, split by free effective capacity — {@code a}: 1,920 free gpu ×
 * 2.5 = 4,800; {@code g}: 4,000 tpu × 1.5 × 0.8 = 4,800 — so 5,500 each, cut back to the
 * 4,800 each cloud has: 1,400 H100e of stateful demand is unserved.
 */
class ObservationByHandTest {

    private static final LocalDate START = Specs.START;
    private static final double DAYS = 10;
    private static final double HOURS = DAYS * 24;
    private static ReplicationResult result;

    /** Built for each test, not once: mutation testing links what a @BeforeAll runs to the first test only. */
    @BeforeEach
    void run() {
        AcceleratorSpec gpu = new AcceleratorSpec("gpu", "nvidia", null, 1.6, 2.5, null, null, List.of());
        AcceleratorSpec tpu = new AcceleratorSpec("tpu", "google", null, 1.0, 1.5, null, null, List.of("g"));
        SiteSpec sa = new SiteSpec("sa", "east", 1.25, Map.of("gpu", 7_000.0), List.of(Specs.power(START, 11.84)),
                List.of(), null);
        SiteSpec sg = new SiteSpec("sg", "west", 1.1, Map.of("tpu", 4_000.0), List.of(Specs.power(START, 10)),
                List.of(), null);
        CloudSpec a = new CloudSpec("a", null, null, Map.of("gpu", new PriceSpec(3.5, 7.0)), null, null, null,
                List.of(sa));
        CloudSpec g = new CloudSpec("g", null, null, Map.of("tpu", new PriceSpec(2.0, 4.0)), null, null, null,
                List.of(sg));
        LabSpec lab = new LabSpec("lab", new DemandSpec(Specs.flat(9_000), Specs.flat(12_000), null, null),
                Map.of("tpu", List.of(new EfficiencyStepSpec(START, 0.8))), null, null);
        ContractSpec k = new ContractSpec("k", "lab", "a", "gpu", 8, START, LocalDate.of(2026, 12, 31), null, 3.5, null,
                List.of());
        ScenarioSpec spec = new ScenarioSpec("by-hand", "", START, START.plusDays((long) DAYS - 1), 7L, 1,
                Duration.ofDays(1), List.of(gpu, tpu), List.of(a, g), List.of(lab), List.of(k), List.of());
        result = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
    }

    private static Series series(SeriesKey key) {
        Series series = result.recorder().series().get(key);
        assertTrue(series != null, "no series " + key);
        return series;
    }

    /**
     * Asserts that the rows of {@code key} after the start, one per day, all equal
     * {@code expected} (a stock also has a row at the start; a level's or flow's first row
     * closes the first day).
     */
    private static void everyDay(SeriesKey key, double expected) {
        Series series = series(key);
        int days = 0;
        for (int i = 0; i < series.size(); i++) {
            if (series.time(i) > 0) {
                days++;
                assertEquals(days * 24.0, series.time(i), 0, key + " row " + i);
                assertEquals(expected, series.value(i), Math.abs(expected) * 1e-12 + 1e-9,
                        key + " at " + series.time(i) + " h");
            }
        }
        assertEquals(DAYS, days, "daily rows of " + key);
    }

    private static double total(SeriesKey key) {
        Series series = series(key);
        double sum = 0;
        for (int i = 0; i < series.size(); i++) {
            sum += series.value(i);
        }
        return sum;
    }

    private static double last(SeriesKey key) {
        Series series = series(key);
        assertEquals(HOURS, series.time(series.size() - 1), 0, "the run ends at the end of its tenth day");
        return series.value(series.size() - 1);
    }

    @Test
    void powerAndStrandingFollowPueAndChipPower() {
        SeriesKey siteA = SeriesKey.of(Metric.POWER_ONLINE_MW).cloud("a").region("east").site("sa");
        SeriesKey siteG = SeriesKey.of(Metric.POWER_ONLINE_MW).cloud("g").region("west").site("sg");
        everyDay(siteA, 11.84);
        everyDay(siteA.as(Metric.POWER_USED_MW), 5_920 * 1.6 * 1.25 / 1000);
        everyDay(siteA.as(Metric.STRANDED_CHIPS), 1_080);
        everyDay(siteA.as(Metric.STRANDED_POWER_MW), 0);
        everyDay(siteG.as(Metric.POWER_USED_MW), 4.4);
        everyDay(siteG.as(Metric.STRANDED_POWER_MW), 10 - 4.4);
        everyDay(siteG.as(Metric.STRANDED_CHIPS), 0);
        everyDay(SeriesKey.of(Metric.POWER_USED_MW).cloud("g"), 4.4);
        everyDay(SeriesKey.of(Metric.POWER_USED_MW).cloud("g").region("west"), 4.4);
        everyDay(SeriesKey.of(Metric.STRANDED_CHIPS).cloud("a"), 1_080);
        assertEquals(1_080 * HOURS, total(SeriesKey.of(Metric.STRANDED_CHIP_HOURS).cloud("a")), 1e-6);
        assertEquals(1_080 * HOURS, total(SeriesKey.of(Metric.STRANDED_CHIP_HOURS).cloud("a").region("east")
                .site("sa")), 1e-6);
        assertEquals(0, total(SeriesKey.of(Metric.STRANDED_CHIP_HOURS).cloud("g")), 0);
        assertEquals(0, total(SeriesKey.of(Metric.OUTAGE_HOURS).cloud("a")), 0);
    }

    @Test
    void capacityIsPoweredChipsTimesRatingByCloudRegionAcceleratorAndVendor() {
        everyDay(SeriesKey.of(Metric.CAPACITY_H100E).cloud("a"), 14_800);
        everyDay(SeriesKey.of(Metric.CAPACITY_H100E).cloud("a").accelerator("gpu"), 14_800);
        everyDay(SeriesKey.of(Metric.CAPACITY_H100E).cloud("a").region("east"), 14_800);
        everyDay(SeriesKey.of(Metric.CAPACITY_H100E).cloud("g"), 6_000);
        everyDay(SeriesKey.of(Metric.CAPACITY_H100E).cloud("g").accelerator("tpu"), 6_000);
        everyDay(SeriesKey.of(Metric.CAPACITY_SHARE_BY_VENDOR).vendor("nvidia"), 14_800.0 / 20_800);
        everyDay(SeriesKey.of(Metric.CAPACITY_SHARE_BY_VENDOR).vendor("google"), 6_000.0 / 20_800);
    }

    @Test
    void heldCapacityFirstThenOnDemandSplitByFreeEffectiveCapacityAndCutBack() {
        SeriesKey demand = SeriesKey.of(Metric.DEMAND_H100E).lab("lab");
        everyDay(demand.trafficClass("stateless_api"), 9_000);
        everyDay(demand.trafficClass("stateful"), 12_000);
        everyDay(demand.as(Metric.SERVED_H100E).cloud("a").trafficClass("stateless_api"), 9_000);
        everyDay(demand.as(Metric.SERVED_H100E).cloud("g").trafficClass("stateless_api"), 0);
        everyDay(demand.as(Metric.SERVED_H100E).cloud("a").trafficClass("stateful"), 1_000 + 4_800);
        everyDay(demand.as(Metric.SERVED_H100E).cloud("g").trafficClass("stateful"), 4_800);
        everyDay(demand.as(Metric.SERVED_H100E).trafficClass("stateful"), 10_600);
        everyDay(demand.as(Metric.UNSERVED_H100E).trafficClass("stateful"), 1_400);
        everyDay(demand.as(Metric.UNSERVED_H100E).trafficClass("stateless_api"), 0);
        assertEquals(12_000 * HOURS, total(demand.as(Metric.DEMAND_H100E_HOURS).trafficClass("stateful")), 1e-6);
        assertEquals(10_600 * HOURS, total(demand.as(Metric.SERVED_H100E_HOURS).trafficClass("stateful")), 1e-6);
        assertEquals(1_400 * HOURS, total(demand.as(Metric.UNSERVED_H100E_HOURS).trafficClass("stateful")), 1e-6);
        assertEquals(4_800 * HOURS, total(demand.as(Metric.SERVED_H100E_HOURS).cloud("g").trafficClass("stateful")),
                1e-6);
    }

    @Test
    void utilizationIsEffectiveServedOverRawCapacity() {
        // a: 9,000 + 1,000 + 4,800 effective on 14,800 raw; g: 4,800 effective on 6,000 raw (efficiency 0.8).
        everyDay(SeriesKey.of(Metric.UTILIZATION).cloud("a"), 1.0);
        everyDay(SeriesKey.of(Metric.UTILIZATION).cloud("g"), 0.8);
    }

    @Test
    void sharesAndConcentrationComeFromServedCompute() {
        // Served: 14,800 on a and 4,800 on g, of 19,600.
        everyDay(SeriesKey.of(Metric.COMPUTE_SHARE).lab("lab").cloud("a"), 14_800.0 / 19_600);
        everyDay(SeriesKey.of(Metric.COMPUTE_SHARE).lab("lab").cloud("g"), 4_800.0 / 19_600);
        double hhi = (14.8 * 14.8 + 4.8 * 4.8) / (19.6 * 19.6);
        everyDay(SeriesKey.of(Metric.HHI_COMPUTE_BY_CLOUD).lab("lab"), hhi);
        everyDay(SeriesKey.of(Metric.HHI_COMPUTE_BY_CLOUD), hhi);
    }

    @Test
    void contractAndOnDemandMoneyAccrueAtTheirRates() {
        // a: contract 4,000 chips × 3.5 = 14,000 $/h; on demand 4,800 raw H100e at 7.0 / 2.5 = 2.8 $ per raw
        // H100e-hour = 13,440 $/h. g: 4,800 effective = 6,000 raw H100e at 4.0 / 1.5 $ = 16,000 $/h.
        double aPerHour = 14_000 + 13_440;
        double gPerHour = 16_000;
        everyDay(SeriesKey.of(Metric.REVENUE_USD).cloud("a"), aPerHour * 24);
        everyDay(SeriesKey.of(Metric.REVENUE_USD).cloud("g"), gPerHour * 24);
        everyDay(SeriesKey.of(Metric.SPEND_USD).lab("lab"), (aPerHour + gPerHour) * 24);
        everyDay(SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("a"), 13_440 * 24);
        everyDay(SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("g"), gPerHour * 24);
    }

    @Test
    void backlogIsTheContractsRemainingValue() {
        // Through 2026-12-31 inclusive: 8,760 h. After ten days, 8,520 h × 4,000 chips × 3.5 $ remain.
        double remaining = 8_520.0 * 4_000 * 3.5;
        assertEquals(remaining, last(SeriesKey.of(Metric.BACKLOG_USD).cloud("a")), 1e-3);
        assertEquals(remaining, last(SeriesKey.of(Metric.BACKLOG_USD).cloud("a").lab("lab")), 1e-3);
        assertEquals(1.0, last(SeriesKey.of(Metric.BACKLOG_TOP_SHARE).cloud("a")), 0);
        assertEquals(0, last(SeriesKey.of(Metric.BACKLOG_USD).cloud("g")), 0);
        assertEquals(0, last(SeriesKey.of(Metric.BACKLOG_TOP_SHARE).cloud("g")), 0, "no backlog: share 0");
    }
}
