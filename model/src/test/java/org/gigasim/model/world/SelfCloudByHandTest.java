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
import org.gigasim.model.spec.DeliverySpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PowerMilestoneSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A lab's own cloud (kind {@code self}) on a fixture computed by hand, with no unit values so
 * a dropped factor (rating, efficiency, PUE, cost) changes a figure. Nothing is random.
 *
 * <p>The fixture, over ten days from 2026-01-01:
 * <ul>
 *   <li>{@code xpu}: 2.0 kW IT, 3.0 H100e. Lab {@code lab} gets 0.8 of it, so a chip holds
 *       2.4 effective H100e.</li>
 *   <li>Cloud {@code own}, kind self, owner {@code lab}, $500 per facility MW-hour. Site
 *       {@code so}, PUE 1.25, so a chip draws 2.5 kW = 0.0025 MW: 2,000 xpu installed and 6 MW
 *       at the start; 1,000 xpu delivered on day 3 (2026-01-04), of which the 1 MW free powers
 *       400 (600 stranded); a milestone of 2.5 MW on day 5 (2026-01-06) installs the 600.</li>
 *   <li>Cloud {@code c}: 10,000 unit chips (1 kW, 1 H100e, PUE 1), on demand at $2 per chip-hour.</li>
 *   <li>Lab {@code lab}: 7,000 H100e of stateful demand; $2M cash, $0.10 revenue per H100e-hour,
 *       and a $1B credit line, so that its cash rule (two years of running its own cloud, about
 *       $66M, against cash, credit and revenue) leaves its on-demand buying, at most $4,400 an
 *       hour, unlimited: a budget of about $54,000 an hour.
 *       Lab {@code other}: 1,000 H100e of stateful demand, no contracts.</li>
 * </ul>
 *
 * <p>By hand: {@code lab} holds 2,000 × 2.4 = 4,800 H100e on {@code own} for days 0–3, 2,400 ×
 * 2.4 = 5,760 for days 3–5 and 3,000 × 2.4 = 7,200 from day 5 (of which it uses 7,000); the rest
 * of its demand it buys on demand from {@code c}: 2,200 for 72 h and 1,240 for 48 h, $435,840.
 * It pays for the chips it owns, stranded ones included: 5 MW × $500 × 72 h + 7.5 MW × $500 ×
 * 168 h = $810,000. It earns 7,000 × $0.10 × 240 h = $168,000, so its cash ends at $2,000,000 +
 * $168,000 − $1,245,840 = $922,160. {@code other} is never served by {@code own}, though 200
 * H100e of it idle from day 5: it buys its 1,000 on demand from {@code c}, $480,000.
 */
class SelfCloudByHandTest {

    private static final LocalDate START = Specs.START;
    private ReplicationResult result;

    /** Built for each test, so that a mutation-testing run links every test's assertions to the code it runs. */
    @BeforeEach
    void run() {
        AcceleratorSpec xpu = new AcceleratorSpec("xpu", "broadcom", null, 2.0, 3.0, null, null, List.of());
        SiteSpec so = new SiteSpec("so", "south", 1.25, Map.of("xpu", 2_000.0),
                List.of(new PowerMilestoneSpec(START, 6, null), new PowerMilestoneSpec(START.plusDays(5), 2.5, null)),
                List.of(new DeliverySpec("xpu", 1_000, START.plusDays(3), START.plusDays(3), null)), null);
        CloudSpec own = CloudSpec.self("own", "lab", 500, List.of(so));
        CloudSpec c = new CloudSpec("c", null, null, Map.of("chip", new PriceSpec(1.0, 2.0)), null, null, null,
                List.of(Specs.site("sc", 10, 10_000)));
        LabSpec lab = new LabSpec("lab", new DemandSpec(null, Specs.flat(7_000), null, null),
                Map.of("xpu", List.of(new EfficiencyStepSpec(START, 0.8))),
                new FinanceSpec(2e6, List.of(), 0.1, 0.0, 1e9, null), null);
        LabSpec other = new LabSpec("other", new DemandSpec(null, Specs.flat(1_000), null, null), null, null, null);
        ScenarioSpec spec = new ScenarioSpec("self-by-hand", "", START, START.plusDays(9), 7L, 1, Duration.ofDays(1),
                List.of(Specs.unitChip(), xpu), List.of(own, c), List.of(lab, other), List.of(), List.of());
        result = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
    }

    private Series series(SeriesKey key) {
        Series series = result.recorder().series().get(key);
        assertTrue(series != null, "no series " + key);
        return series;
    }

    /** The row of {@code key} that closes day {@code day} (1 to 10). */
    private double day(SeriesKey key, int day) {
        Series series = series(key);
        for (int i = 0; i < series.size(); i++) {
            if (series.time(i) == day * 24.0) {
                return series.value(i);
            }
        }
        throw new AssertionError("no row of " + key + " at day " + day);
    }

    private double total(SeriesKey key) {
        Series series = series(key);
        double sum = 0;
        for (int i = 0; i < series.size(); i++) {
            sum += series.value(i);
        }
        return sum;
    }

    @Test
    void theOwnerHoldsEveryUpChipAtItsRatingAndEfficiency() {
        SeriesKey servedOwn = SeriesKey.of(Metric.SERVED_H100E).lab("lab").cloud("own").trafficClass("stateful");
        SeriesKey capacity = SeriesKey.of(Metric.CAPACITY_H100E).cloud("own");
        for (int d = 1; d <= 10; d++) {
            double held = d <= 3 ? 4_800 : d <= 5 ? 5_760 : 7_000;
            double raw = d <= 3 ? 6_000 : d <= 5 ? 7_200 : 9_000;
            assertEquals(held, day(servedOwn, d), 1e-6, "served on own, day " + d);
            assertEquals(7_000 - held, day(servedOwn.cloud("c"), d), 1e-6, "bought on demand, day " + d);
            assertEquals(raw, day(capacity, d), 1e-6, "raw capacity of own, day " + d);
        }
        assertEquals(600, day(SeriesKey.of(Metric.STRANDED_CHIPS).cloud("own"), 4), 1e-9,
                "the delivery waits for power until the milestone");
        assertEquals(0, day(SeriesKey.of(Metric.STRANDED_CHIPS).cloud("own"), 10), 1e-9);
    }

    @Test
    void anotherLabIsNeverServedByTheOwnersCloud() {
        SeriesKey served = SeriesKey.of(Metric.SERVED_H100E).lab("other").trafficClass("stateful");
        for (int d = 1; d <= 10; d++) {
            assertEquals(0, day(served.cloud("own"), d), 0, "day " + d);
            assertEquals(1_000, day(served.cloud("c"), d), 1e-6, "day " + d);
        }
        assertEquals(1_000 * 2.0 * 240, total(SeriesKey.of(Metric.SPEND_USD).lab("other")), 1e-3);
    }

    @Test
    void theOwnerPaysForTheChipsItOwnsPoweredOrNotAndTheCloudEarnsNothing() {
        double ownCost = 5 * 500 * 72 + 7.5 * 500 * 168;
        double onDemand = 2_200 * 2.0 * 72 + 1_240 * 2.0 * 48;
        assertEquals(810_000, ownCost, 0);
        assertEquals(ownCost, total(SeriesKey.of(Metric.OWN_COST_USD).cloud("own")), 1e-3);
        assertEquals(0, total(SeriesKey.of(Metric.REVENUE_USD).cloud("own")), 0);
        assertEquals(onDemand + 480_000, total(SeriesKey.of(Metric.REVENUE_USD).cloud("c")), 1e-3);
        assertEquals(ownCost + onDemand, total(SeriesKey.of(Metric.SPEND_USD).lab("lab")), 1e-3);
        assertEquals(0, day(SeriesKey.of(Metric.BACKLOG_USD).cloud("own"), 10), 0);
    }

    @Test
    void theOwnersCashPaysTheCostAndEarnsOnOwnCompute() {
        Series cash = series(SeriesKey.of(Metric.CASH_USD).lab("lab"));
        double expected = 2e6 + 7_000 * 0.1 * 240 - 810_000 - (2_200 * 2.0 * 72 + 1_240 * 2.0 * 48);
        assertEquals(922_160, expected, 1e-6);
        assertEquals(expected, cash.value(cash.size() - 1), 1e-3);
        assertEquals(7_000 * 0.1 * 240, total(SeriesKey.of(Metric.LAB_REVENUE_USD).lab("lab")), 1e-3);
    }
}
