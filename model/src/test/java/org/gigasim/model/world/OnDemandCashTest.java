package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * On-demand buying under the cash rule, by hand ({@link CashFixture}: a chip gives the lab 2
 * effective H100e and costs 4.1 USD an hour on demand, at fixed prices). The lab needs
 * 10 000 effective H100e of stateless inference, earns nothing and signs nothing; its
 * commitment window is half a year, 4 380 hours, so it may spend on demand its headroom
 * divided by 4 380 an hour, re-read from its checked cash (whole thousands) each day.
 */
class OnDemandCashTest {

    private static final double WINDOW_HOURS = 0.5 * 8760;
    private static final double OD_PRICE = 4.1;
    private static final double H100E_PER_CHIP = 2.5 * 0.8;
    private static final double DEMAND = 10_000;
    private static final LocalDate END = LocalDate.of(2026, 1, 10);

    @Test
    void aLabBuysOnDemandOnlyWhatItsHeadroomPaysForOverItsWindow() {
        // Headroom 35 916 000 (no contracts, no credit, no revenue) → 35 916 000 / 4 380 = 8 200 USD an hour
        // → 8 200 / 4.1 = 2 000 chips → 4 000 effective H100e served; 6 000 of the 10 000 unserved.
        FinanceSpec finance = new FinanceSpec(35_916_000.0, null, null, null, null, 0.5);
        List<String> decisions = CashFixture.decisions();
        ReplicationResult result = CashFixture.run(CashFixture.scenario(END, CashFixture.lab(DEMAND, finance, null),
                List.of(), List.of()), decisions);
        SeriesKey unserved = SeriesKey.of(Metric.UNSERVED_H100E_HOURS).lab("lab").trafficClass("stateless_api");
        assertEquals(6_000 * 24, LabCashTest.valueAt(series(result, unserved), 24), 1e-6);
        // Day 1 spends 8 200 × 24 = 196 800, and the cloud earns it.
        assertEquals(196_800, LabCashTest.valueAt(series(result, SeriesKey.of(Metric.SPEND_USD).lab("lab")), 24),
                1e-6);
        assertEquals(196_800, LabCashTest.valueAt(series(result,
                SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("cloud")), 24), 1e-6);
        // Day 2 reads the checked cash 35 719 200 → 35 719 000: 35 719 000 / 4 380 / 4.1 × 2 = 3 978.06 served.
        double served2 = 35_719_000 / WINDOW_HOURS / OD_PRICE * H100E_PER_CHIP;
        assertEquals(3_978.06, served2, 0.01);
        assertEquals((DEMAND - served2) * 24, LabCashTest.valueAt(series(result, unserved), 48), 1e-6);
        assertTrue(decisions.contains("on-demand limit 0.0 10000.0 4000.0 8200.0"), decisions.toString());
    }

    @Test
    void contractsComeFirst() {
        // A 5 MW contract (3 333.33 chips, 6 666.67 H100e held) at 2.75 bills 3 333.33 × 2.75 × 4 380 = 40 150 000 in
        // the window. Cash 39 129 000 + credit 10 000 000 − 40 150 000 = 8 979 000 of headroom → 2 050 USD an hour
        // → 500 chips → 1 000 H100e on demand, of the 3 333.33 asked: 2 333.33 unserved.
        FinanceSpec finance = new FinanceSpec(39_129_000.0, null, null, null, 10_000_000.0, 0.5);
        List<String> decisions = CashFixture.decisions();
        ReplicationResult result = CashFixture.run(CashFixture.scenario(END, CashFixture.lab(DEMAND, finance, null),
                List.of(CashFixture.contract(5, LocalDate.of(2026, 12, 31))), List.of()), decisions);
        SeriesKey unserved = SeriesKey.of(Metric.UNSERVED_H100E_HOURS).lab("lab").trafficClass("stateless_api");
        assertEquals((DEMAND - 20_000.0 / 3 - 1_000) * 24, LabCashTest.valueAt(series(result, unserved), 24), 1e-6);
        // Day 1 spends the contract's 220 000 and 2 050 × 24 = 49 200 on demand.
        assertEquals(220_000 + 49_200,
                LabCashTest.valueAt(series(result, SeriesKey.of(Metric.SPEND_USD).lab("lab")), 24), 1e-6);
    }

    @Test
    void aLabWhoseContractsTakeAllItsHeadroomBuysNothingOnDemand() {
        // Obligations of 40 150 000 against cash 30 000 000 and no credit: no headroom, so none of the 3 333.33
        // H100e asked on demand is bought; its contract is still billed, 220 000 a day.
        FinanceSpec finance = new FinanceSpec(30e6, null, null, null, null, 0.5);
        List<String> decisions = CashFixture.decisions();
        ReplicationResult result = CashFixture.run(CashFixture.scenario(END, CashFixture.lab(DEMAND, finance, null),
                List.of(CashFixture.contract(5, LocalDate.of(2026, 12, 31))), List.of()), decisions);
        SeriesKey unserved = SeriesKey.of(Metric.UNSERVED_H100E_HOURS).lab("lab").trafficClass("stateless_api");
        assertEquals((DEMAND - 20_000.0 / 3) * 24, LabCashTest.valueAt(series(result, unserved), 24), 1e-6);
        assertEquals(220_000, LabCashTest.valueAt(series(result, SeriesKey.of(Metric.SPEND_USD).lab("lab")), 24),
                1e-6);
        assertTrue(decisions.get(0).startsWith("on-demand limit 0.0 ") && decisions.get(0).endsWith(" 0.0 0.0"),
                decisions.toString());
    }

    @Test
    void heldCapacityRevenueCountsTheGrowingRateOverTheWindow() {
        // As above, but the lab earns 1.0 USD per effective H100e-hour at the start, growing 20% a year, and counts
        // what its held capacity will earn (window_revenue: held_capacity): the contract's 6 666.67 H100e, below the
        // 10 000 forecast for the whole window, earn 6 666.67 × 8 760 / ln 1.2 × (1.2^0.5 − 1) = 6 666.67 × 4 585.85
        // = 30 572 330 over the six 730-hour steps. Headroom 30 000 000 + 30 572 330 − 40 150 000 = 20 422 330 →
        // 4 662.63 USD an hour → 1 137.23 chips → 2 274.45 H100e on demand: 1 058.88 of the 10 000 unserved. (Counting
        // the 6 666.67 served now at today's rate instead, 29 200 000, would leave 1 211.71 unserved.)
        FinanceSpec finance = new FinanceSpec(30e6, null, 1.0, 0.2, null, 0.5, null, FinanceSpec.HELD_CAPACITY);
        ReplicationResult result = CashFixture.run(CashFixture.scenario(END, CashFixture.lab(DEMAND, finance, null),
                List.of(CashFixture.contract(5, LocalDate.of(2026, 12, 31))), List.of()), CashFixture.decisions());
        double revenue = 20_000.0 / 3 * 8760 / Math.log(1.2) * (Math.sqrt(1.2) - 1);
        assertEquals(30_572_330, revenue, 1);
        double onDemand = (30e6 + revenue - 40_150_000) / WINDOW_HOURS / OD_PRICE * H100E_PER_CHIP;
        assertEquals(2_274.45, onDemand, 0.01);
        SeriesKey unserved = SeriesKey.of(Metric.UNSERVED_H100E_HOURS).lab("lab").trafficClass("stateless_api");
        assertEquals((DEMAND - 20_000.0 / 3 - onDemand) * 24, LabCashTest.valueAt(series(result, unserved), 24), 1e-3);
    }

    @Test
    void whatACutLabGivesUpGoesToTheOthers() {
        // Two labs each ask 30 000 H100e on demand of the 40 000 free (20 000 chips): granted in proportion, 20 000
        // each. "lab" (budget 8 200 USD an hour, as above) can pay for 8 200 / 4.1 × 2 = 4 000 of its 20 000 (41 000
        // USD an hour); "other" has no finance. Worked out again, 4 000 + 30 000 fit in 40 000: "other" gets all it
        // asked, 10 000 more than its proportional share, and "lab" its 4 000.
        FinanceSpec finance = new FinanceSpec(35_916_000.0, null, null, null, null, 0.5);
        LabSpec other = new LabSpec("other", new DemandSpec(Specs.flat(30_000), null, null, null),
                Map.of("b", List.of(new EfficiencyStepSpec(CashFixture.START, 0.8))), null, null);
        ScenarioSpec spec = new ScenarioSpec("cash", "", CashFixture.START, END, 7L, 1, Duration.ofDays(1),
                List.of(CashFixture.chip()), List.of(CashFixture.cloud()),
                List.of(CashFixture.lab(30_000, finance, null), other), List.of(), List.of());
        ReplicationResult result = CashFixture.run(spec, CashFixture.decisions());
        SeriesKey unserved = SeriesKey.of(Metric.UNSERVED_H100E_HOURS).trafficClass("stateless_api");
        assertEquals(26_000 * 24, LabCashTest.valueAt(series(result, unserved.lab("lab")), 24), 1e-6);
        assertEquals(0, LabCashTest.valueAt(series(result, unserved.lab("other")), 24), 1e-6);
        assertEquals(8_200 * 24, LabCashTest.valueAt(series(result, SeriesKey.of(Metric.SPEND_USD).lab("lab")), 24),
                1e-6);
    }

    private static Series series(ReplicationResult result, SeriesKey key) {
        return LabCashTest.series(result, key);
    }
}
