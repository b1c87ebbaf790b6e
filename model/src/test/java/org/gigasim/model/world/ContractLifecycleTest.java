package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.Test;

/**
 * Renewal, cancellation and default by hand, in {@link CashFixture}'s world (2 effective
 * H100e per chip, 666.67 chips per MW, contracts at 2.75 USD per chip-hour, the cloud's
 * contract list price 3.1). Each keeps signed = recognised + forfeited + remaining +
 * cancelled + defaulted (the invariant check runs on every daily sample).
 */
class ContractLifecycleTest {

    @Test
    void aContractEndingWithinTheHorizonIsRenewedForWhatIsStillNeededAtTheMarketPrice() {
        // 15 MW = 10 000 chips to 2026-06-30 (ends at hour 4 344). The lab needs 12 000 effective H100e = 6 000
        // chips. At the first review (t = 0, horizon a year) the end is within the horizon: it renews 6 000 chips
        // from 2026-07-01 for a year (365 days, 8 760 h) at 3.1: 6 000 × 3.1 × 8 760 = 162 936 000.
        List<String> decisions = CashFixture.decisions();
        ReplicationResult result = CashFixture.run(CashFixture.scenario(LocalDate.of(2026, 12, 31),
                CashFixture.lab(12_000, null, CashFixture.policy(365, 30, true, null)),
                List.of(CashFixture.contract(15, LocalDate.of(2026, 6, 30))), List.of()), decisions);
        // The renewal ends at hour 4 344 + 8 760 = 13 104; it enters the horizon at the first review at or after
        // 13 104 − 8 760 = 4 344 whose horizon reaches it: reviews are every 720 h, and 4 320 + 8 760 = 13 080 falls
        // short, so the review at 5 040 renews it in turn. Nothing else is bought: the renewals cover the need.
        assertEquals(List.of("renew deal 0.0", "renew deal-r 5040.0"), decisions);
        Contract renewal = result.contracts().get(1);
        assertEquals("deal-r", renewal.contractId());
        assertEquals(DecisionListener.RENEWAL, renewal.decidedBy());
        assertEquals(6_000, renewal.fullChips(), 1e-6);
        assertEquals(4344, renewal.startHours(), 1e-9);
        assertEquals(3.1, renewal.priceUsdPerChipHour(), 0);
        assertEquals(162_936_000, renewal.signedValueUsd(), 1e-3);
        // Two renewals of the same size and price were signed in 2026: 2 × 162 936 000.
        assertEquals(325_872_000, LabCashTest.sum(LabCashTest.series(result,
                SeriesKey.of(Metric.RENEWED_USD).lab("lab").cloud("cloud"))), 1e-3);
    }

    @Test
    void aForecastCutCancelsTheExcessForAPenalty() {
        // 15 MW = 10 000 chips for two years (17 520 h) at 2.75, all needed: 20 000 effective H100e. On 2026-07-01
        // (hour 4 344) demand is cut to 0.6: need 12 000, so 8 000 effective H100e = 4 000 chips are cancelled.
        // What remained, 2.75 × 10 000 × 13 176 h = 362 340 000, falls to 2.75 × 6 000 × 13 176 = 217 404 000:
        // 144 936 000 removed, of which 25% (36 234 000) is paid as a penalty and 108 702 000 cancelled.
        List<String> decisions = CashFixture.decisions();
        ReplicationResult result = CashFixture.run(CashFixture.scenario(LocalDate.of(2026, 12, 31),
                CashFixture.lab(20_000, null, CashFixture.policy(90, 30, false, 0.25)),
                List.of(CashFixture.contract(15, LocalDate.of(2027, 12, 31))),
                List.of(new EventSpec.ChangeDemand(LocalDate.of(2026, 7, 1), "lab", 0.6, List.of()))), decisions);
        assertEquals(List.of("cancel deal 4344.0 8000.0"), decisions.stream().filter(d -> d.startsWith("cancel"))
                .toList());
        Contract deal = result.contracts().get(0);
        assertEquals(6_000, deal.fullChips(), 1e-6);
        assertEquals(108_702_000, deal.cancelledUsd(), 1e-3);
        // Recognised by year end: 2.75 × 10 000 × 4 344 = 119 460 000, the penalty 36 234 000, then
        // 2.75 × 6 000 × 4 416 = 72 864 000: 228 558 000. Remaining: 2.75 × 6 000 × 8 760 = 144 540 000.
        assertEquals(228_558_000, deal.recognisedUsd(), 1e-3);
        assertEquals(144_540_000, deal.remainingUsd(8760), 1e-3);
        assertEquals(481_800_000, deal.signedValueUsd(), 1e-3);
        assertEquals(deal.signedValueUsd(), deal.recognisedUsd() + deal.remainingUsd(8760) + deal.cancelledUsd()
                + deal.forfeitedUsd(), 1e-3);
        assertEquals(108_702_000, LabCashTest.sum(LabCashTest.series(result,
                SeriesKey.of(Metric.CANCELLED_USD).lab("lab").cloud("cloud"))), 1e-3);
    }

    @Test
    void aLabOutOfCashAndCreditDefaultsAndItsBacklogIsWrittenOff() {
        // 10 000 chips through 2026 at 2.75: 27 500 USD an hour, no revenue. Cash 10 000 000 and a 5 000 000 credit
        // line run out after 15 000 000 / 27 500 = 545.5 h; the daily check at hour 552 (2026-01-24) finds
        // 10 000 000 − 552 × 27 500 = −5 180 000 and defaults: 27 500 × (8 760 − 552) = 225 720 000 is written off.
        // In default the lab buys nothing on demand, so its cash stays at −5 180 000.
        List<String> decisions = CashFixture.decisions();
        ReplicationResult result = CashFixture.run(CashFixture.scenario(LocalDate.of(2026, 12, 31),
                CashFixture.lab(12_000, new FinanceSpec(10e6, null, null, null, 5e6, null), null),
                List.of(CashFixture.contract(15, LocalDate.of(2026, 12, 31))), List.of()), decisions);
        assertEquals(List.of("default deal 552.0"), decisions);
        Contract deal = result.contracts().get(0);
        assertEquals(225_720_000, deal.defaultedUsd(), 1e-3);
        assertEquals(15_180_000, deal.recognisedUsd(), 1e-3);
        assertEquals(552, deal.endHours(), 0);
        assertEquals(-5_180_000, LabCashTest.valueAt(LabCashTest.series(result,
                SeriesKey.of(Metric.CASH_USD).lab("lab")), 8760), 1e-3);
        assertEquals(0, LabCashTest.valueAt(LabCashTest.series(result,
                SeriesKey.of(Metric.BACKLOG_USD).cloud("cloud").lab("lab")), 576), 0);
        assertTrue(LabCashTest.valueAt(LabCashTest.series(result,
                SeriesKey.of(Metric.UNSERVED_H100E).lab("lab").trafficClass("stateless_api")), 8760) > 11_999);
        assertEquals(225_720_000, LabCashTest.sum(LabCashTest.series(result,
                SeriesKey.of(Metric.DEFAULTED_USD).lab("lab").cloud("cloud"))), 1e-3);
    }
}
