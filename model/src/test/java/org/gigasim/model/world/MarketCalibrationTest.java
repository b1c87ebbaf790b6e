package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.MarketSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * The market block by hand: one lab with flat demand of 1,000 (stateless) + 3,000 (stateful)
 * H100e, a 2,000-chip contract from the start and a 1,000-chip one signed by an event before
 * the ratio's date (a third, signed after it, must not count). Unit chips (1 H100e, full
 * efficiency, PUE 1) make the contracted capacity at the date 3,000 H100e.
 */
class MarketCalibrationTest {

    private static final LocalDate AT = Specs.START.plusMonths(6);

    private static ScenarioSpec spec(MarketSpec market) {
        List<EventSpec> events = List.of(
                new EventSpec.SignContract(Specs.START.plusMonths(2), Specs.contract("before", "lab", "a", 1000, List.of())),
                new EventSpec.SignContract(AT.plusDays(1), Specs.contract("after", "lab", "a", 5000, List.of())));
        ScenarioSpec base = Specs.scenario(Specs.START.plusYears(1), Duration.ofDays(1),
                List.of(Specs.cloud("a", Specs.site("s", 100, 100_000))), List.of(Specs.inferenceLab("lab", 1000, 3000)),
                List.of(Specs.contract("held", "lab", "a", 2000, List.of())), events);
        return new ScenarioSpec(base.name(), base.question(), base.start(), base.end(), base.seed(), base.replications(),
                base.sample(), base.accelerators(), base.clouds(), base.labs(), base.contracts(), base.events(),
                base.answer(), market);
    }

    private static double firstDemand(ScenarioSpec spec, String trafficClass) {
        var result = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
        Series series = result.recorder().series().get(SeriesKey.of(Metric.DEMAND_H100E).lab("lab")
                .trafficClass(trafficClass));
        return series.value(0);
    }

    @Test
    void demandIsTheRatioTimesContractedCapacityAtTheDate() {
        // 1.5 x 3,000 = 4,500 expected demand over 4,000 stated: every class x 1.125.
        ScenarioSpec spec = spec(new MarketSpec(1.5, AT));
        assertEquals(1125, firstDemand(spec, "stateless_api"), 1e-9);
        assertEquals(3375, firstDemand(spec, "stateful"), 1e-9);
    }

    @Test
    void withYearlyAnchorsDemandGrowsGeometricallyToTheRatioOfTheNextAnchorsContracts() {
        // At AT (hour 4,344) the ratio holds as above: factor 1.125, stateless 1,125. A year later the contracts signed
        // by then reserve 2,000 + 1,000 + 5,000 = 8,000: expected demand 12,000 over 4,000 stated (flat) and 1.125
        // already applied gives a multiplier of 8/3, reached geometrically: 182 days after AT it is (8/3)^(4368/8760).
        ScenarioSpec spec = spec(new MarketSpec(1.5, AT, AT.plusYears(1)));
        var result = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
        Series stateless = result.recorder().series().get(SeriesKey.of(Metric.DEMAND_H100E).lab("lab")
                .trafficClass("stateless_api"));
        // A day's row (at its end) is the level set at its midnight.
        assertEquals(1125, LabCashTest.valueAt(stateless, 4344), 1e-9);
        assertEquals(1125 * Math.pow(8.0 / 3, 4368.0 / 8760), LabCashTest.valueAt(stateless, 4344 + 4368 + 24), 1e-9);
    }

    @Test
    void anAnchorWhoseContractsHaveEndedKeepsTheDemandOfTheAnchorBefore() {
        // Only "held" (2,000 chips) and "before" (1,000), and "held" ends before the second anchor: 1,000 x 1.5 = 1,500
        // is below the 4,500 of the first anchor, so demand stays at 4,500 (stateless 1,125) rather than falling.
        ScenarioSpec base = spec(new MarketSpec(1.5, AT, AT.plusYears(1)));
        ContractSpec held = new ContractSpec("held", "lab", "a", "chip", 2.0, Specs.START, AT.plusMonths(3), null, 1.0,
                null, List.of());
        ScenarioSpec spec = new ScenarioSpec(base.name(), base.question(), base.start(), AT.plusYears(1),
                base.seed(), base.replications(), base.sample(), base.accelerators(), base.clouds(), base.labs(),
                List.of(held), base.events().subList(0, 1), base.answer(), base.market());
        var result = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
        Series stateless = result.recorder().series().get(SeriesKey.of(Metric.DEMAND_H100E).lab("lab")
                .trafficClass("stateless_api"));
        assertEquals(1125, LabCashTest.valueAt(stateless, 4344 + 4368 + 24), 1e-9);
    }

    @Test
    void withoutAMarketDemandIsAsStated() {
        assertEquals(1000, firstDemand(spec(null), "stateless_api"), 1e-9);
    }

    @Test
    void aRatioOutsideItsRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MarketSpec(0, AT));
        assertThrows(IllegalArgumentException.class, () -> new MarketSpec(MarketSpec.MAX_RATIO + 1, AT));
        assertThrows(IllegalArgumentException.class, () -> new MarketSpec(1.5, AT, AT.minusDays(1)));
    }
}
