package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.InferenceDemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.MarketSpec;
import org.gigasim.model.spec.RevenueAnchorSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.TrafficClass;
import org.junit.jupiter.api.Test;

/**
 * Demand growth read from a revenue path, by hand. The lab states 1,000 H100e of stateless demand
 * growing 50% a year and 3,000 of stateful demand, flat; its revenue per H100e-hour ($2.75 at the
 * start) grows 20% a year. Its path: $50M a year on 2026-07-01 (hour 4,344) and $150M on
 * 2027-07-01 (hour 13,104), a year later. Revenue triples in that year while each H100e-hour
 * earns 1.2 times as much, so demand must grow 3 / 1.2 = 2.5 times between the two dates.
 *
 * <p>Stated sums: S(4 344) = 1 000 × 1.5^(4 344 / 8 760) + 3 000 = 1 000 × 1.222706 + 3 000 =
 * 4 222.706; S(13 104) = 1 000 × 1.834059 + 3 000 = 4 834.059. The multiplier is 1 up to the first
 * date (the start is before it) and 2.5 × 4 222.706 / 4 834.059 = 2.183830 at the second.
 */
class RevenuePathTest {

    private static final LocalDate FIRST = Specs.START.plusMonths(6);
    private static final LocalDate SECOND = Specs.START.plusMonths(18);
    private static final double T1 = 4344;
    private static final double T2 = 13104;

    private static LabSpec lab(List<RevenueAnchorSpec> path) {
        DemandSpec demand = new DemandSpec(new InferenceDemandSpec(1000, 0.5, null), Specs.flat(3000), null, null,
                null, path);
        return new LabSpec("lab", demand, null, new FinanceSpec(1e9, null, 2.75, 0.2, null, null), null);
    }

    private static ScenarioSpec spec(List<RevenueAnchorSpec> path, MarketSpec market) {
        ScenarioSpec base = Specs.scenario(Specs.START.plusYears(2), Duration.ofDays(1),
                List.of(Specs.cloud("a", Specs.site("s", 100, 100_000))), List.of(lab(path)),
                List.of(Specs.contract("held", "lab", "a", 2000, List.of())), List.of(new EventSpec.SignContract(
                        Specs.START.plusMonths(2), Specs.contract("before", "lab", "a", 1000, List.of()))));
        return new ScenarioSpec(base.name(), base.question(), base.start(), base.end(), base.seed(), base.replications(),
                base.sample(), base.accelerators(), base.clouds(), base.labs(), base.contracts(), base.events(),
                base.answer(), market);
    }

    private static final List<RevenueAnchorSpec> PATH = List.of(new RevenueAnchorSpec(FIRST, 50e6),
            new RevenueAnchorSpec(SECOND, 150e6));

    private static Lab built(ScenarioSpec spec) {
        return new World(spec, 0, ClauseRegistry.standard()).indices().lab(0);
    }

    private static double total(Lab lab, double t) {
        double sum = 0;
        for (TrafficClass c : TrafficClass.INFERENCE) {
            sum += lab.forecast(c, t);
        }
        return sum;
    }

    @Test
    void demandGrowsAsRevenueDoesLessTheGrowthOfTheRate() {
        Lab lab = built(spec(PATH, null));
        assertEquals(2.5, total(lab, T2) / total(lab, T1), 1e-12);
        assertEquals(1.0, lab.pathMultiplier(T1), 1e-15);
        assertEquals(2.183830, lab.pathMultiplier(T2), 1e-6);
        assertEquals(2.5 * 4222.706 / 4834.059, lab.pathMultiplier(T2), 1e-6);
    }

    @Test
    void theStatedLevelsHoldUntilTheFirstDateAndTheMultiplierMovesGeometricallyThenHolds() {
        Lab lab = built(spec(PATH, null));
        assertEquals(1000, lab.forecast(TrafficClass.STATELESS_API, 0), 1e-9);
        assertEquals(3000, lab.forecast(TrafficClass.STATEFUL, 0), 1e-9);
        assertEquals(1222.706, lab.forecast(TrafficClass.STATELESS_API, T1), 1e-3);
        // Halfway between, the multiplier is the geometric mean; after the last date it holds.
        assertEquals(Math.sqrt(2.183830), lab.pathMultiplier((T1 + T2) / 2), 1e-6);
        assertEquals(lab.pathMultiplier(T2), lab.pathMultiplier(T2 + 8760), 0);
    }

    @Test
    void aFirstDateBeforeTheStartKeepsTheStatedLevelsAtTheStart() {
        // 2025-07-01 is 184 days (4,416 h) before the start and a year (8,760 h) before FIRST: demand grows
        // 2 / 1.2 = 1.666667 times between them, and the path is scaled to 1 at the start.
        Lab lab = built(spec(List.of(new RevenueAnchorSpec(Specs.START.minusDays(184), 25e6),
                new RevenueAnchorSpec(FIRST, 50e6)), null));
        assertEquals(1.0, lab.pathMultiplier(0), 1e-12);
        assertEquals(4000, total(lab, 0), 1e-9);
        assertEquals(2 / 1.2, total(lab, T1) / total(lab, -4416), 1e-12);
    }

    @Test
    void theMarketSetsTheLevelAndThePathTheGrowth() {
        // At SECOND the contracts reserve 2,000 + 1,000 unit chips: the market at 1.5 makes demand 4,500 there,
        // where the path has bent the stated 4,834.059 by 2.183830 to 10,556.76: every class x 0.426267.
        // Were the path applied after the market's scaling, the demand there would be 4,500 x 2.183830 instead.
        Lab lab = built(spec(PATH, new MarketSpec(1.5, SECOND)));
        assertEquals(4500, total(lab, T2), 1e-9);
        assertEquals(2.5, total(lab, T2) / total(lab, T1), 1e-12);
        assertEquals(1000 * 4500 / (4834.059 * 2.183830), lab.forecast(TrafficClass.STATELESS_API, 0), 1e-3);
    }

    @Test
    void aPathOfOnePointOrOutOfOrderAndAPathWithYearlyMarketAnchorsAreRefused() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> lab(List.of(new RevenueAnchorSpec(FIRST, 50e6))));
        assertTrue(one.getMessage().contains("one point"), one.getMessage());
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> lab(List.of(new RevenueAnchorSpec(SECOND, 50e6), new RevenueAnchorSpec(FIRST, 150e6))));
        assertTrue(order.getMessage().contains("must increase"), order.getMessage());
        IllegalArgumentException through = assertThrows(IllegalArgumentException.class,
                () -> built(spec(PATH, new MarketSpec(1.5, FIRST, SECOND))));
        assertTrue(through.getMessage().contains("market.through"), through.getMessage());
    }
}
