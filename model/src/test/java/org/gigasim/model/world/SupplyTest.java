package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DeliverySpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PowerMilestoneSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.SupplySpec;
import org.junit.jupiter.api.Test;

/**
 * Supply that answers backlog, retires and is offered on expected dates. The chip draws 1.6 kW
 * IT at PUE 1.25, so 2 kW (0.002 MW) at the meter: 1 MW powers 500 chips; it rates 2.5 H100e
 * and costs $40,000. Contracts are priced at $3.00 per chip-hour.
 */
class SupplyTest {

    private static final LocalDate START = Specs.START;
    private static final AcceleratorSpec CHIP = new AcceleratorSpec("x", "nvidia", null, 1.6, 2.5, 40_000.0,
            START.minusYears(1), List.of());

    private static SupplySpec supply(double capexUsd, Double lifeYears) {
        return new SupplySpec(capexUsd, 10e6, null, 10_000.0, null, 365.0, null, 90.0, 1.25, lifeYears);
    }

    private static ScenarioSpec scenario(int days, SiteSpec site, SupplySpec supply, List<LabSpec> labs,
            List<ContractSpec> contracts) {
        CloudSpec cloud = new CloudSpec("c", null, null, Map.of("x", new PriceSpec(3.0, 8.0)), null, null, null,
                List.of(site), null, supply);
        return new ScenarioSpec("supply", "", START, START.plusDays(days - 1), 7L, 1, Duration.ofDays(1),
                List.of(CHIP), List.of(cloud), labs, contracts, List.of());
    }

    private static SiteSpec site(double mw, double chips, List<PowerMilestoneSpec> more, List<DeliverySpec> deliveries) {
        List<PowerMilestoneSpec> power = new java.util.ArrayList<>(List.of(Specs.power(START, mw)));
        power.addAll(more);
        return new SiteSpec("s", "r", 1.25, Map.of("x", chips), power, deliveries, null);
    }

    /** 1.5 MW from day 300 reserves 1.5 × 1000 / (1.6 × 1.25) = 750 chips. */
    private static ContractSpec contract() {
        return new ContractSpec("k", "lab", "c", "x", 1.5, START.plusDays(300), START.plusYears(5), null, 3.0, null,
                List.of());
    }

    private static LabSpec idleLab() {
        return new LabSpec("lab", new DemandSpec(null, null, null, null), null, null, null);
    }

    /**
     * At day 0 the cloud looks 365 days ahead: its contract will reserve 750 chips, its site
     * powers 500, so it orders 250 chips and 250 × 0.002 = 0.5 MW, for 250 × ($40,000 + 0.002 ×
     * $10M) = $15M, within its $1B budget; both arrive on day 365. From day 300 to 365 the
     * contract gets 500 of its 750 chips: it forfeits 250 × 65 × 24 × $3 = $1.17M, and nothing after.
     */
    @Test
    void backlogBeyondThePipelineIsOrderedAtTheLead() {
        ReplicationResult result = run(scenario(500, site(1.0, 500, List.of(), List.of()), supply(1e9, null),
                List.of(idleLab()), List.of(contract())));
        Contract k = result.contracts().get(0);
        assertEquals(1_170_000, k.forfeitedUsd(), 1e-3);
        assertEquals(0.5, last(result, SeriesKey.of(Metric.POWER_ONLINE_MW).cloud("c").region("c-build").site("c-build")),
                1e-12);
        assertEquals(750 * 2.5, last(result, SeriesKey.of(Metric.CAPACITY_H100E).cloud("c")), 1e-6);
    }

    /**
     * A $6M budget buys 6 / 15 = 0.4 of the order: 100 chips and 0.2 MW. The contract then also
     * forfeits 150 chips from day 365 to the end of day 499: 150 × 135 × 24 × $3 = $1.458M more,
     * $2.628M in all.
     */
    @Test
    void theYearsBudgetScalesTheOrderDown() {
        ReplicationResult result = run(scenario(500, site(1.0, 500, List.of(), List.of()), supply(6e6, null),
                List.of(idleLab()), List.of(contract())));
        assertEquals(2_628_000, result.contracts().get(0).forfeitedUsd(), 1e-3);
        assertEquals(600 * 2.5, last(result, SeriesKey.of(Metric.CAPACITY_H100E).cloud("c")), 1e-6);
    }

    /**
     * Life 2 years: the 500 chips installed at the start count as delivered when the chip became
     * available (a year before the start), so they retire on day 365. 200 chips delivered on day
     * 100 wait for power until then (stranded), then install in the power the retirees free:
     * 200 × 2.5 = 500 raw H100e and 0.4 MW used at the end.
     */
    @Test
    void chipsRetireAfterTheirLifeAndFreeTheirPower() {
        DeliverySpec late = new DeliverySpec("x", 200, START.plusDays(100), START.plusDays(100), null);
        ReplicationResult result = run(scenario(400, site(1.0, 500, List.of(), List.of(late)), supply(0, 2.0),
                List.of(idleLab()), List.of()));
        SeriesKey stranded = SeriesKey.of(Metric.STRANDED_CHIPS).cloud("c");
        Series chips = result.recorder().series().get(stranded);
        assertEquals(200, chips.value(300), 1e-9, "waiting at day 300");
        assertEquals(0, last(result, stranded), 1e-9);
        assertEquals(500, last(result, SeriesKey.of(Metric.CAPACITY_H100E).cloud("c")), 1e-9);
        assertEquals(0.4, last(result, SeriesKey.of(Metric.POWER_USED_MW).cloud("c")), 1e-12);
    }

    /**
     * A lab holding 1 MW (500 chips, 1,250 H100e) wants 2,500: at day 0 it asks for 500 chips from day 90.
     * A second MW and 500 more chips are due on day 60, but the MW is expected 120 days late. On
     * planned dates 1,000 chips are powered on day 90, 500 free: the lab signs them. On expected
     * dates 1 MW powers half of the 1,000 chips, all 500 reserved: nothing is offered.
     */
    @Test
    void aPlanningCloudOffersOnExpectedDates() {
        PowerMilestoneSpec late = new PowerMilestoneSpec(START.plusDays(60), 1.0, new Distribution.Fixed(120));
        DeliverySpec chips = new DeliverySpec("x", 500, START.plusDays(60), START.plusDays(60), null);
        ProcurementSpec once = new ProcurementSpec(180.0, 90.0, 1.0, 1.0, 10_000.0, 1.0, 0.0, 1.0, null, null,
                Specs.REVIEW_AT_START);
        LabSpec lab = new LabSpec("lab", new DemandSpec(Specs.flat(2500), null, null, null), null, null, once);
        ContractSpec held = new ContractSpec("k", "lab", "c", "x", 1.0, START, START.plusYears(5), null, 3.0, null,
                List.of());
        SiteSpec site = site(1.0, 500, List.of(late), List.of(chips));
        List<Contract> planned = run(scenario(100, site, null, List.of(lab), List.of(held))).contracts();
        assertEquals(2, planned.size());
        assertEquals(500, planned.get(1).fullChips(), 1e-6);
        assertEquals(1, run(scenario(100, site, supply(0, null), List.of(lab), List.of(held))).contracts().size());
    }

    private static ReplicationResult run(ScenarioSpec spec) {
        return new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
    }

    private static double last(ReplicationResult result, SeriesKey key) {
        Series series = result.recorder().series().get(key);
        return series.value(series.size() - 1);
    }
}
