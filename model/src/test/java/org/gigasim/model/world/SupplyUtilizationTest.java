package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.SupplySpec;
import org.junit.jupiter.api.Test;

/**
 * Supply ordered to bring utilization back to the target. The chip (as in {@link SupplyTest})
 * draws 1.6 kW IT at PUE 1.25, 0.002 MW, rates 2.5 H100e and costs $40 000, plus 0.002 MW ×
 * $10M per MW = $20 000 of facility: $60 000 a chip. The site has 1 MW and 500 chips (1 250 raw
 * H100e); a lab's 0.9 MW contract reserves 450 of them for five years, so every routing decision
 * sells 0.9 of the cloud (the lab itself uses nothing). The cloud reviews every 370 days, looks 30
 * days ahead, wants 75% sold, gets chips 90 days after ordering, and may spend $3M a calendar year.
 */
class SupplyUtilizationTest {

    private static final LocalDate START = Specs.START;
    private static final AcceleratorSpec CHIP = new AcceleratorSpec("x", "nvidia", null, 1.6, 2.5, 40_000.0,
            START.minusYears(1), List.of());

    private static ReplicationResult run(double capexUsd, String accelerator) {
        SupplySpec supply = new SupplySpec(capexUsd, 10e6, accelerator, 370.0, 0.75, 30.0, null, 90.0, 1.25, null);
        SiteSpec site = new SiteSpec("s", "r", 1.25, Map.of("x", 500.0), List.of(Specs.power(START, 1.0)), List.of(),
                null);
        CloudSpec cloud = new CloudSpec("c", null, null, Map.of("x", new PriceSpec(3.0, 8.0)), null, null, null,
                List.of(site), null, supply);
        LabSpec lab = new LabSpec("lab", new DemandSpec(null, null, null, null), null, null, null);
        ContractSpec held = new ContractSpec("k", "lab", "c", "x", 0.9, START, START.plusYears(5), null, 3.0, null,
                List.of());
        ScenarioSpec spec = new ScenarioSpec("utilization", "", START, START.plusDays(499), 7L, 1, Duration.ofDays(1),
                List.of(CHIP), List.of(cloud), List.of(lab), List.of(held), List.of());
        return new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
    }

    /**
     * Day 0: 0.9 sold of 1 250 raw H100e at a 0.75 target wants 0.9 × 1 250 / 0.75 = 1 500, and the
     * pipeline holds 1 250 then (none of it short of the contract): 250 raw, 100 chips, $6M. The
     * year's $3M buys half: 50 chips and 0.1 MW, the power due on day 30 and the chips on day 90.
     * Day 370 is in 2027, a new budget: 450 of 550 chips sold wants 450 × 2.5 / 0.75 = 1 500 against
     * 1 375, so 50 chips more, $3M, all within the budget, the power due on day 400 and the chips on
     * day 460. At the end: 600 chips (1 500 raw H100e) and 0.2 MW at the build site.
     */
    @Test
    void aCloudSoldAboveItsTargetBuysBackToItWithinEachYearsBudget() {
        ReplicationResult result = run(3e6, "x");
        SeriesKey capacity = SeriesKey.of(Metric.CAPACITY_H100E).cloud("c");
        SeriesKey build = SeriesKey.of(Metric.POWER_ONLINE_MW).cloud("c").region("c-build").site("c-build");
        assertEquals(1250, at(result, capacity, 88), 1e-6, "the first chips are not there before day 90");
        assertEquals(1375, at(result, capacity, 100), 1e-6);
        assertEquals(0.1, at(result, build, 100), 1e-12);
        assertEquals(1375, at(result, capacity, 458), 1e-6);
        assertEquals(1500, last(result, capacity), 1e-6);
        assertEquals(0.2, last(result, build), 1e-12);
    }

    @Test
    void withoutASupplyAcceleratorUtilizationOrdersNothing() {
        ReplicationResult result = run(3e6, null);
        assertEquals(1250, last(result, SeriesKey.of(Metric.CAPACITY_H100E).cloud("c")), 1e-6);
    }

    private static double at(ReplicationResult result, SeriesKey key, int day) {
        return result.recorder().series().get(key).value(day);
    }

    private static double last(ReplicationResult result, SeriesKey key) {
        Series series = result.recorder().series().get(key);
        return series.value(series.size() - 1);
    }
}
