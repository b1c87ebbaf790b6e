package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.FundingRoundSpec;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.Test;

/** A lab in default that a funding round brings back above zero buys on demand again ({@link CashFixture}). */
class LabCashRecoveryTest {

    /**
     * As in {@code ContractLifecycleTest}: 10,000 chips at 2.75 $ = 27,500 $/h, no revenue, cash
     * 10 M$ and a 5 M$ credit line; the check at 552 h finds −5,180,000 $ and the lab defaults.
     * A round of 10 M$ on 1 February (744 h) brings the cash to 4,820,000 $. Out of default, the
     * lab buys on demand again, but only what the cash rule allows (docs/model.md, section 9a):
     * its contract was written off, so its headroom is its cash plus its 5 M$ credit line, spent
     * evenly over its two-year window of 17,520 h. With the cash between 4,820,000 $ and that
     * less one day of such spending (13,452 $), the budget is 559.7–560.5 $/h; its 12,000
     * effective H100e cost 15,000 raw H100e at 4.1 / 2.5 = 1.64 $, 24,600 $/h, or 2.05 $ per
     * effective H100e-hour, so it is served 273.0–273.4 of them on day 33 (768–792 h).
     */
    @Test
    void aRoundThatBringsCashAboveZeroEndsTheDefault() {
        List<String> rounds = new ArrayList<>();
        FinanceSpec finance = new FinanceSpec(10e6, List.of(new FundingRoundSpec(LocalDate.of(2026, 2, 1), 10e6)),
                null, null, 5e6, null);
        ReplicationResult result = new World(CashFixture.scenario(LocalDate.of(2026, 2, 5),
                CashFixture.lab(12_000, finance, null), List.of(CashFixture.contract(15, LocalDate.of(2026, 12, 31))),
                List.of()), 0, ClauseRegistry.standard()).checkingInvariants().listening(new DecisionListener() {
                    @Override
                    public void fundingRaised(double t, String lab, double usd, double cashUsd) {
                        rounds.add(t + " " + lab + " " + usd + " " + cashUsd);
                    }
                }).run();
        assertEquals(List.of("744.0 lab 1.0E7 4820000.0"), rounds);
        SeriesKey unserved = SeriesKey.of(Metric.UNSERVED_H100E).lab("lab").trafficClass("stateless_api");
        assertEquals(12_000, ClauseScenarios.at(result, unserved, 720), 1e-6, "in default on day 30");
        double low = (9_820_000 - 13_452) / 17_520.0;
        double high = 9_820_000 / 17_520.0;
        double unservedDay33 = ClauseScenarios.at(result, unserved, 792);
        assertTrue(unservedDay33 >= 12_000 - high / 2.05 && unservedDay33 <= 12_000 - low / 2.05,
                "out of default on day 33, within its budget: " + unservedDay33);
        double revenueDay33 = ClauseScenarios.at(result, SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("cloud"), 792);
        assertTrue(revenueDay33 >= low * 24 && revenueDay33 <= high * 24, "a day of its budget: " + revenueDay33);
        assertEquals(10e6, ClauseScenarios.total(result, SeriesKey.of(Metric.FUNDING_USD).lab("lab")), 1e-6);
    }
}
