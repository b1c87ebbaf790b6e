package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.DeliverySpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.MarketSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

/**
 * How a lab's own capacity and a lab inside a cloud's company enter planning: the market
 * block and procurement count a lab's own cloud like its contracts, and a lab internal to a
 * cloud is allocated that cloud's chips at price zero, the most H100e per MW first. Unit chips
 * (1 kW, 1 H100e, PUE 1) unless said.
 */
class OwnCapacityPlanningTest {

    private static final LocalDate START = Specs.START;
    private static final ProcurementSpec WEEKLY = new ProcurementSpec(90.0, 10.0, 1.0, 1.0, 7.0, 1.0, 0.0, 1.0, null,
            null, Specs.REVIEW_AT_START);

    /** Lab {@code lab}'s own cloud: 1,000 chips installed and 500 delivered on day 10, 2 MW from the start. */
    private static CloudSpec own() {
        SiteSpec site = new SiteSpec("so", "so", 1.0, Map.of("chip", 1_000.0), List.of(Specs.power(START, 2)),
                List.of(new DeliverySpec("chip", 500, START.plusDays(10), START.plusDays(10), null)), null);
        return CloudSpec.self("own", "lab", 100, List.of(site));
    }

    private static ScenarioSpec withMarket(ScenarioSpec base, MarketSpec market) {
        return new ScenarioSpec(base.name(), base.question(), base.start(), base.end(), base.seed(),
                base.replications(), base.sample(), base.accelerators(), base.clouds(), base.labs(), base.contracts(),
                base.events(), base.answer(), market);
    }

    /**
     * A 2,000-chip contract plus 1,500 own chips powered on the planned dates by the ratio's date
     * make 3,500 H100e of supply: at 1.5 the lab expects 5,250 against 4,000 stated, × 1.3125.
     */
    @Test
    void theMarketBlockCountsTheLabsOwnCapacity() {
        ScenarioSpec base = Specs.scenario(START.plusMonths(8), Duration.ofDays(1),
                List.of(Specs.cloud("a", Specs.site("s", 100, 100_000)), own()),
                List.of(Specs.inferenceLab("lab", 1000, 3000)),
                List.of(Specs.contract("held", "lab", "a", 2000, List.of())), List.of());
        var result = new World(withMarket(base, new MarketSpec(1.5, START.plusMonths(6))), 0,
                ClauseRegistry.standard()).checkingInvariants().run();
        SeriesKey demand = SeriesKey.of(Metric.DEMAND_H100E).lab("lab");
        assertEquals(1312.5, result.recorder().series().get(demand.trafficClass("stateless_api")).value(0), 1e-9);
        assertEquals(3937.5, result.recorder().series().get(demand.trafficClass("stateful")).value(0), 1e-9);
    }

    /** A lab whose own 1,500 chips will cover its 1,200 H100e buys nothing; without them it signs for all of it. */
    @Test
    void procurementBuysOnlyWhatTheLabsOwnCapacityWillNotProvide() {
        LabSpec lab = new LabSpec("lab", new DemandSpec(Specs.flat(1200), null, null, null), null, null, WEEKLY);
        CloudSpec seller = Specs.cloud("c", Specs.site("s", 10, 10_000));
        var withOwn = ClauseScenarios.run(Specs.scenario(START.plusDays(20), ClauseScenarios.DAY,
                List.of(seller, own()), List.of(lab), List.of(), List.of()));
        assertEquals(List.of(), withOwn.contracts());
        var without = ClauseScenarios.run(Specs.scenario(START.plusDays(20), ClauseScenarios.DAY,
                List.of(seller), List.of(lab), List.of(), List.of()));
        assertEquals(1, without.contracts().size());
        assertEquals(1200, without.contracts().get(0).fullChips(), 1e-6);
    }

    /**
     * The cash rule counts what running the lab's own cloud will cost over its window: 1,000 own
     * chips (1 MW) at $100 per MW-hour cost $876,000 over a one-year window, so of $1M of cash
     * only $124,000 is left for the 2,000 unit chips it asks for from day 10 for a year at $1 a
     * chip-hour (2,000 × 8,520 h = $17.04M in the window): it signs 2,000 × 0.124 / 17.04 =
     * 14.55 chips (117.4 if the own cost were not counted).
     */
    @Test
    void theCashRuleCountsTheCostOfRunningTheLabsOwnCloud() {
        SiteSpec site = new SiteSpec("so", "so", 1.0, Map.of("chip", 1_000.0), List.of(Specs.power(START, 1)),
                List.of(), null);
        LabSpec lab = new LabSpec("lab", new DemandSpec(Specs.flat(3000), null, null, null), null,
                new org.gigasim.model.spec.FinanceSpec(1e6, List.of(), 0.0, 0.0, 0.0, 1.0), WEEKLY);
        var result = ClauseScenarios.run(Specs.scenario(START.plusDays(5), ClauseScenarios.DAY,
                List.of(Specs.cloud("c", Specs.site("s", 10, 10_000)), CloudSpec.self("own", "lab", 100, List.of(site))),
                List.of(lab), List.of(), List.of()));
        assertEquals(1, result.contracts().size());
        assertEquals(2000 * (1e6 - 876_000) / (2000 * 8520.0), result.contracts().get(0).fullChips(), 1e-6);
    }

    /**
     * Lab {@code mai} is internal to {@code az}, which has 300 {@code maia} (0.5 kW, 2 H100e: 4
     * H100e per kW, no price listed) and 1,000 unit chips; cloud {@code b} sells unit chips
     * cheaper. The lab's 1,000 H100e come from {@code az} alone, at price zero: all 300 maia
     * (600 H100e) first, then 400 unit chips.
     */
    @Test
    void aLabInsideACloudsCompanyIsAllocatedItsChipsFreeMostComputePerMegawattFirst() {
        AcceleratorSpec maia = new AcceleratorSpec("maia", "microsoft", null, 0.5, 2.0, null, null, List.of("az"));
        SiteSpec site = new SiteSpec("sz", "sz", 1.0, Map.of("chip", 1_000.0, "maia", 300.0),
                List.of(Specs.power(START, 5)), List.of(), null);
        CloudSpec az = new CloudSpec("az", null, null, Map.of("chip", new PriceSpec(3.0, 6.0)), null, null, null,
                List.of(site));
        CloudSpec b = new CloudSpec("b", null, null, Map.of("chip", new PriceSpec(0.5, 1.0)), null, null, null,
                List.of(Specs.site("sb", 10, 10_000)));
        LabSpec mai = new LabSpec("mai", new DemandSpec(Specs.flat(1000), null, null, null), null, null, WEEKLY, "az");
        ScenarioSpec spec = new ScenarioSpec("internal", "", START, START.plusDays(20), 7L, 1, ClauseScenarios.DAY,
                List.of(Specs.unitChip(), maia), List.of(az, b), List.of(mai), List.of(), List.of());
        List<Contract> signed = ClauseScenarios.run(spec).contracts();
        assertEquals(2, signed.size(), signed.toString());
        assertTrue(signed.stream().allMatch(c -> c.cloud().equals("az") && c.priceUsdPerChipHour() == 0));
        assertEquals("maia", signed.get(0).accelerator());
        assertEquals(300, signed.get(0).fullChips(), 1e-6);
        assertEquals("chip", signed.get(1).accelerator());
        assertEquals(400, signed.get(1).fullChips(), 1e-6);
        assertTrue(signed.stream().allMatch(c -> c.signedValueUsd() == 0), "internal allocations add no backlog");
    }
}
