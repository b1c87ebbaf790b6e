package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.RevenueEarnedSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

/**
 * Revenue rates from revenue reported over a period, on the compute served then ({@link
 * CashFixture}: a chip is 2 effective H100e to the lab; a 5 MW contract holds 3 333.33 chips,
 * 6 666.67 H100e). The lab needs 10 000 H100e of stateless inference and reports $36M earned
 * from 1 to 30 January (720 hours), its revenue per H100e-hour growing 20% a year.
 */
class ServedRevenueCalibrationTest {

    private static final LocalDate JAN_30 = LocalDate.of(2026, 1, 30);
    private static final double EARNED = 36e6;
    private static final double HELD_H100E = 20_000.0 / 3;

    private static FinanceSpec finance(double cashUsd, LocalDate from, LocalDate through) {
        return finance(cashUsd, from, through, EARNED);
    }

    private static FinanceSpec finance(double cashUsd, LocalDate from, LocalDate through, double usd) {
        return new FinanceSpec(cashUsd, null, null, 0.2, null, 0.5, null, null, new RevenueEarnedSpec(from, through, usd));
    }

    /** A site whose 5 MW powers exactly the contract's chips: nothing is left to buy on demand. */
    private static CloudSpec fullCloud() {
        SiteSpec site = new SiteSpec("site", "east", 1.25, Map.of("b", 20_000.0),
                List.of(Specs.power(CashFixture.START, 5)), List.of(), null);
        return new CloudSpec("cloud", null, null, Map.of("b", new PriceSpec(3.1, 4.1)), null, null, null,
                List.of(site));
    }

    private static ScenarioSpec scenario(CloudSpec cloud, FinanceSpec finance, ContractSpec contract) {
        return new ScenarioSpec("served", "", CashFixture.START, LocalDate.of(2026, 3, 31), 7L, 1, Duration.ofDays(1),
                List.of(CashFixture.chip()), List.of(cloud), List.of(CashFixture.lab(10_000, finance, null)),
                List.of(contract), List.of());
    }

    private static double rate(ScenarioSpec spec, int replication) {
        return new World(spec, replication, ClauseRegistry.standard()).indices().lab(0).revenueUsdPerH100eHour(0);
    }

    @Test
    void aLabThatServesOnlyItsContractEarnsTheReportedRevenueOnIt() {
        // Served: 6 666.67 H100e for 720 h, not the 10 000 demanded. Σ of the rate over the period:
        // r₀ × 8 760 / ln 1.2 × (1.2^(720 / 8 760) − 1) = r₀ × 725.4218 hours, so
        // r₀ = 36e6 / (6 666.67 × 725.4218) = 7.443945 USD per H100e-hour.
        ScenarioSpec spec = scenario(fullCloud(), finance(1e9, CashFixture.START, JAN_30),
                CashFixture.contract(5, LocalDate.of(2026, 12, 31)));
        double hours = 8760 / Math.log(1.2) * (Math.pow(1.2, 720 / 8760.0) - 1);
        assertEquals(725.4218, hours, 1e-4);
        assertEquals(EARNED / (HELD_H100E * hours), rate(spec, 0), 1e-9);
        assertEquals(7.443945, rate(spec, 0), 1e-6);
        // The trace says so at the start of the run.
        List<TraceRecord> fitted = new World(spec, 0, ClauseRegistry.standard()).tracing(true).run().trace().stream()
                .filter(r -> r.decision().equals("fit revenue rate")).toList();
        assertEquals(1, fitted.size());
        assertEquals(0, fitted.get(0).timeHours());
        assertEquals(rate(spec, 0), fitted.get(0).quantity(), 0);
        assertEquals("revenue_earned of $36000000 from 2026-01-01 through 2026-01-30: $7.4439 per H100e-hour at the"
                + " start, the rate at which the pilot runs earn it on what they serve", fitted.get(0).reason());
        // Fitted to the whole 10 000 demanded, it would be two thirds of that (the period's served share). It is
        // the scenario's rate, the same in every replication.
        assertEquals(rate(spec, 0), rate(spec, 13), 0);
    }

    @Test
    void theRateIsAFixedPointWhenWhatIsServedDependsOnTheRevenue() {
        // On the fixture's cloud the lab may also buy on demand, at 2.05 USD per effective H100e-hour, what its cash
        // rule allows over its half-year window (4 380 h): cash 20M less the contract's 40.15M due, plus revenue at
        // r₀ on what it serves now. Per hour that buys x with 2.05 x = −4 600 + r₀ (6 666.67 + x): at r₀ near 1,
        // x = (6 666.67 r₀ − 4 600) / (2.05 − r₀), about 2 000 of the 3 333.33 asked. So a higher rate serves more,
        // and the rate that earns $6M in January lies between the rate of all 10 000 served (0.827) and that of
        // the contract alone (1.241).
        double usd = 6e6;
        ScenarioSpec spec = scenario(CashFixture.cloud(), finance(20e6, CashFixture.START, JAN_30, usd),
                CashFixture.contract(5, LocalDate.of(2026, 12, 31)));
        double hours = 8760 / Math.log(1.2) * (Math.pow(1.2, 720 / 8760.0) - 1);
        double rate = rate(spec, 0);
        assertTrue(rate > usd / (10_000 * hours) * 1.05 && rate < usd / (HELD_H100E * hours) * 0.95, "rate " + rate);
        // A run at that rate earns the figure over the period (the pilots' mean; this world has no noise).
        double sum = 0;
        for (int pilot = 0; pilot < ServedRevenueCalibration.PILOTS; pilot++) {
            World world = new World(spec, pilot, ClauseRegistry.standard());
            world.runTo(720);
            sum += world.indices().lab(0).revenueUsd();
        }
        assertEquals(usd, sum / ServedRevenueCalibration.PILOTS, usd * ServedRevenueCalibration.TOLERANCE);
    }

    @Test
    void aPeriodLaterInTheRunIsReadFromItsStartToItsEnd() {
        // 1 to 28 February: 672 hours from hour 744. Σ of the rate: r₀ × 8 760 / ln 1.2 × (1.2^(1 416 / 8 760) −
        // 1.2^(744 / 8 760)), only the contract served.
        ScenarioSpec spec = scenario(fullCloud(), finance(1e9, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)),
                CashFixture.contract(5, LocalDate.of(2026, 12, 31)));
        double hours = 8760 / Math.log(1.2) * (Math.pow(1.2, 1416 / 8760.0) - Math.pow(1.2, 744 / 8760.0));
        assertEquals(EARNED / (HELD_H100E * hours), rate(spec, 0), 1e-9);
        assertNotEquals(7.443945, rate(spec, 0), 1e-3);
    }

    @Test
    void aLabThatServesNothingInItsPeriodIsRefused() {
        // Its only contract starts in February, and with no cash, the contract's bills due in its window and nothing
        // served to earn from, its cash rule lets it buy nothing on demand in January.
        ContractSpec february = new ContractSpec("deal", "lab", "cloud", "b", 5, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 12, 31), null, CashFixture.CONTRACT_PRICE, null, List.of());
        ScenarioSpec spec = scenario(fullCloud(), finance(0, CashFixture.START, JAN_30), february);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rate(spec, 0));
        // Built unfitted (a sweep point checked at load), it runs no pilots: it builds, and the rate stays 0.
        assertEquals(0, World.unfitted(spec, ClauseRegistry.standard()).indices().lab(0).revenueUsdPerH100eHour(0));
        assertEquals("lab lab serves no inference from 2026-01-01 through 2026-01-30, so no revenue rate earns its"
                + " revenue_earned; give it capacity then, or state revenue_usd_per_h100e_hour", e.getMessage());
    }

    @Test
    void aStatedRateOrAnAnchorBesideItAndAPeriodThatEndsBeforeItStartsAreRefused() {
        RevenueEarnedSpec earned = new RevenueEarnedSpec(CashFixture.START, JAN_30, EARNED);
        assertThrows(IllegalArgumentException.class,
                () -> new FinanceSpec(0.0, null, 1.3, null, null, null, null, null, earned));
        assertThrows(IllegalArgumentException.class, () -> new FinanceSpec(0.0, null, null, null, null, null,
                new org.gigasim.model.spec.RevenueAnchorSpec(JAN_30, 1e9), null, earned));
        assertThrows(IllegalArgumentException.class, () -> new RevenueEarnedSpec(JAN_30, CashFixture.START, EARNED));
        assertThrows(IllegalArgumentException.class, () -> new RevenueEarnedSpec(CashFixture.START, JAN_30, 0));
    }
}
