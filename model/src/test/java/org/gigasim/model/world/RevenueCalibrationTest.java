package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.MarketSpec;
import org.gigasim.model.spec.RevenueAnchorSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * Revenue rates from a reported run rate, by hand. The lab of {@link MarketCalibrationTest}
 * (flat 1,000 stateless + 3,000 stateful H100e; 3,000 unit chips contracted by the ratio's date
 * at hour 4,344) reports $50M a year on that date and its revenue per H100e-hour grows 30% a
 * year. With the market at 1.5 its demand is scaled to 4,500, so
 * r₀ = 50e6 / (8 760 × 4 500 × 1.3^(4 344 / 8 760)) = 50e6 / (39 420 000 × 1.138946) = 1.113653.
 */
class RevenueCalibrationTest {

    private static final LocalDate AT = Specs.START.plusMonths(6);
    private static final double ANCHOR_USD_PER_YEAR = 50e6;

    private static ScenarioSpec spec(MarketSpec market, LocalDate anchorOn) {
        FinanceSpec finance = new FinanceSpec(1e9, null, null, 0.3, null, null,
                new RevenueAnchorSpec(anchorOn, ANCHOR_USD_PER_YEAR));
        LabSpec lab = new LabSpec("lab", new DemandSpec(Specs.flat(1000), Specs.flat(3000), null, null), null,
                finance, null);
        ScenarioSpec base = Specs.scenario(Specs.START.plusYears(1), Duration.ofDays(1),
                List.of(Specs.cloud("a", Specs.site("s", 100, 100_000))), List.of(lab),
                List.of(Specs.contract("held", "lab", "a", 2000, List.of())), List.of(new EventSpec.SignContract(
                        Specs.START.plusMonths(2), Specs.contract("before", "lab", "a", 1000, List.of()))));
        return new ScenarioSpec(base.name(), base.question(), base.start(), base.end(), base.seed(), base.replications(),
                base.sample(), base.accelerators(), base.clouds(), base.labs(), base.contracts(), base.events(),
                base.answer(), market);
    }

    private static Lab lab(ScenarioSpec spec) {
        return new World(spec, 0, ClauseRegistry.standard()).indices().lab(0);
    }

    @Test
    void theRateFollowsTheDemandTheMarketScaled() {
        Lab lab = lab(spec(new MarketSpec(1.5, AT), AT));
        double r0 = ANCHOR_USD_PER_YEAR / (8760 * 4500 * Math.pow(1.3, 4344.0 / 8760));
        assertEquals(r0, lab.revenueUsdPerH100eHour(0), 1e-12);
        assertEquals(1.113653, lab.revenueUsdPerH100eHour(0), 1e-6);
        // Served in full at the anchor's date, the scaled demand earns the anchor's run rate.
        assertEquals(ANCHOR_USD_PER_YEAR, 4500 * 8760 * lab.revenueUsdPerH100eHour(4344), 1e-6);
    }

    @Test
    void withoutAMarketTheRateFollowsTheStatedDemand() {
        // 4,000 H100e rather than 4,500: the rate is 4,500 / 4,000 = 1.125 times higher, 1.252860.
        Lab lab = lab(spec(null, AT));
        assertEquals(1.113653 * 1.125, lab.revenueUsdPerH100eHour(0), 1e-6);
    }

    @Test
    void anAnchorBeforeTheStartDiscountsTheGrowthBackwards() {
        // 2025-06-30 is 184 days (4,416 h) before the start: r₀ = 50e6 / (39 420 000 × 1.3^(−4 416 / 8 760)).
        Lab lab = lab(spec(new MarketSpec(1.5, AT), Specs.START.minusDays(184)));
        assertEquals(ANCHOR_USD_PER_YEAR / (8760 * 4500) * Math.pow(1.3, 4416.0 / 8760), lab.revenueUsdPerH100eHour(0),
                1e-12);
        assertEquals(1.447749, lab.revenueUsdPerH100eHour(0), 1e-6);
    }

    @Test
    void aRateAndAnAnchorTogetherAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FinanceSpec(0.0, null, 1.3, null, null, null,
                new RevenueAnchorSpec(AT, ANCHOR_USD_PER_YEAR)));
        assertThrows(IllegalArgumentException.class, () -> new RevenueAnchorSpec(AT, 0));
    }
}
