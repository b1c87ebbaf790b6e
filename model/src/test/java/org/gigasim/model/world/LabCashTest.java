package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.FundingRoundSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.world.core.ContractTerms;
import org.junit.jupiter.api.Test;

/**
 * A lab's cash by hand ({@link CashFixture}: 2 effective H100e per chip, 1.5 kW per chip).
 * The lab holds a 15 MW contract, 15 000 / 1.5 = 10 000 chips at 2.75, billed 27 500 USD an
 * hour; it serves 12 000 effective H100e of inference on it (6 000 chips) and earns 1.7 USD
 * per effective H100e-hour, 20 400 USD an hour.
 */
class LabCashTest {

    private static final double SPEND_PER_HOUR = 27_500;
    private static final double REVENUE_PER_HOUR = 20_400;

    @Test
    void cashIsOpeningPlusRoundsPlusRevenueMinusSpend() {
        FinanceSpec finance = new FinanceSpec(100e6, List.of(new FundingRoundSpec(LocalDate.of(2026, 7, 1), 30e6)),
                1.7, null, null, null);
        ReplicationResult result = CashFixture.run(CashFixture.scenario(LocalDate.of(2026, 12, 31),
                CashFixture.lab(12_000, finance, null), List.of(CashFixture.contract(15, LocalDate.of(2026, 12, 31))),
                List.of()), CashFixture.decisions());
        assertEquals(10_000, ContractTerms.chipsAt(result.contracts().get(0), 15), 1e-6);
        Series cash = series(result, SeriesKey.of(Metric.CASH_USD).lab("lab"));
        // 2026-04-01 is 2 160 h in: 100 000 000 + 2 160 × (20 400 − 27 500) = 84 664 000.
        assertEquals(84_664_000, valueAt(cash, 2160), 1e-6 * 84_664_000);
        // Year end: 100 000 000 + 30 000 000 + 8 760 × 20 400 (178 704 000) − 8 760 × 27 500 (240 900 000) = 67 804 000.
        assertEquals(67_804_000, valueAt(cash, 8760), 1e-6 * 67_804_000);
        assertEquals(178_704_000, sum(series(result, SeriesKey.of(Metric.LAB_REVENUE_USD).lab("lab"))), 1e-3);
        assertEquals(30e6, sum(series(result, SeriesKey.of(Metric.FUNDING_USD).lab("lab"))), 1e-6);
        assertEquals(8760 * SPEND_PER_HOUR, sum(series(result, SeriesKey.of(Metric.SPEND_USD).lab("lab"))), 1e-3);
        assertEquals(8760 * REVENUE_PER_HOUR, 178_704_000, 1e-6);
    }

    @Test
    void aLabWithoutFinanceRecordsNoCash() {
        ReplicationResult result = CashFixture.run(CashFixture.scenario(LocalDate.of(2026, 3, 31),
                CashFixture.lab(12_000, null, null), List.of(CashFixture.contract(15, LocalDate.of(2026, 12, 31))),
                List.of()), CashFixture.decisions());
        assertNull(result.recorder().series().get(SeriesKey.of(Metric.CASH_USD).lab("lab")));
        assertNull(result.recorder().series().get(SeriesKey.of(Metric.LAB_REVENUE_USD).lab("lab")));
    }

    @Test
    void revenueGrowsAsTheExactIntegralOfACompoundingRate() {
        // r(t) = 2 × 1.44^(t / 8 760): year 1 earns 2 × 8 760 × 0.44 / ln 1.44 = 17 520 × 1.2066556 = 21 140.6 per
        // H100e; year 2 earns exactly 1.44 times as much.
        LabSpec spec = CashFixture.lab(1, new FinanceSpec(0.0, null, 2.0, 0.44, null, null), null);
        org.gigasim.model.lab.Lab lab = new org.gigasim.model.lab.Lab(spec,
                new org.gigasim.engine.time.SimCalendar(CashFixture.START),
                new org.gigasim.engine.random.RandomStreams(1, 0));
        double first = lab.revenueUsdPerH100e(0, 8760);
        assertEquals(17_520 * 0.44 / Math.log(1.44), first, 1e-9 * first);
        assertEquals(21_140.6, first, 0.1);
        assertEquals(1.44 * first, lab.revenueUsdPerH100e(8760, 17_520), 1e-9 * first);
        assertEquals(2 * 1.2, lab.revenueUsdPerH100eHour(4380), 1e-12);
    }

    @Test
    void theCashRuleLimitsWhatALabSignsAndARoundLetsItSignAgain() {
        // No contract; 10 000 effective H100e needed = 5 000 chips. At the first review (t = 0) the lab may take on
        // obligations within its 1-year window of cash 50 000 000 + credit 10 000 000 (no revenue yet): a 1-year
        // contract from day 10 (240 h) bills 3.1 × (8 760 − 240) = 26 412 USD per chip within the window, so it
        // signs 60 000 000 / 26 412 = 2 271.70 chips. Its on-demand use then spends the cash; a round of 400 000 000
        // on 2026-05-01 lets the next review (every 30 days: t = 2 880 h) sign the rest.
        FinanceSpec finance = new FinanceSpec(50e6, List.of(new FundingRoundSpec(LocalDate.of(2026, 5, 1), 400e6)),
                null, null, 10e6, 1.0);
        List<String> decisions = CashFixture.decisions();
        ReplicationResult result = CashFixture.run(CashFixture.scenario(LocalDate.of(2026, 6, 30),
                CashFixture.lab(10_000, finance, CashFixture.policy(365, 30, false, null)), List.of(), List.of()),
                decisions);
        Contract first = result.contracts().get(0);
        assertEquals(60e6 / 26_412, first.fullChips(), 1e-6);
        assertEquals(2_271.70, first.fullChips(), 0.01);
        assertTrue(decisions.contains("limit 0.0 " + 60e6 / 26_412 * 2), decisions.toString());
        // The reviews between are limited to nothing; the first after the round (hour 2 880 is 2026-05-01) signs.
        assertTrue(decisions.contains("limit 720.0 0.0") && decisions.contains("limit 2160.0 0.0"), decisions.toString());
        List<String> signings = decisions.stream().filter(d -> d.startsWith("sign")).toList();
        assertEquals(List.of("sign lab-cloud-1 0.0", "sign lab-cloud-2 2880.0"), signings.subList(0, 2));
    }

    static Series series(ReplicationResult result, SeriesKey key) {
        Series series = result.recorder().series().get(key);
        assertFalse(series == null, "no series " + key);
        return series;
    }

    static double valueAt(Series series, double t) {
        for (int i = 0; i < series.size(); i++) {
            if (series.time(i) == t) {
                return series.value(i);
            }
        }
        throw new AssertionError("no row at " + t);
    }

    static double sum(Series series) {
        double sum = 0;
        for (int i = 0; i < series.size(); i++) {
            sum += series.value(i);
        }
        return sum;
    }
}
