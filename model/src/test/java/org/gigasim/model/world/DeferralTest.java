package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DeferralSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.Test;

/**
 * Deferral by hand, in {@link CashFixture}'s world (2 effective H100e per chip, 666.67 chips per
 * MW, contracts at 2.75 USD per chip-hour). The run ends on 2026-06-30 (hour 4 344), before any
 * deferrable contract starts, so the figures are the decisions' own; the invariant check runs on
 * every daily sample, with the fee in the ledger.
 */
class DeferralTest {

    private static final LocalDate JULY = LocalDate.of(2026, 7, 1);
    private static final LocalDate JUNE_2027 = LocalDate.of(2027, 6, 30);
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    private static ContractSpec contract(String id, double mw, LocalDate start, DeferralSpec deferral) {
        return new ContractSpec(id, "lab", "cloud", "b", mw, start, JUNE_2027, null, CashFixture.CONTRACT_PRICE, null,
                List.of(), deferral);
    }

    private static ReplicationResult run(List<ContractSpec> contracts, double cutFactor, List<String> decisions) {
        return CashFixture.run(CashFixture.scenario(LocalDate.of(2026, 6, 30),
                CashFixture.lab(20_000, null, CashFixture.policy(365, 30, false, 0.25)), contracts,
                List.of(new EventSpec.ChangeDemand(MARCH, "lab", cutFactor, List.of()))), decisions);
    }

    @Test
    void aCutDefersTheExcessOfAContractNotYetStartedForItsFeeInsteadOfCancelling() {
        // 15 MW = 10 000 chips from 2026-07-01 (hour 4 344) to 2027-06-30 (hour 13 104), a year, deferrable by 365
        // days for 10%. On 2026-03-01 (hour 1 416) demand is cut to 0.6: at the horizon (1 416 + 8 760 = 10 176) the
        // need falls from 20 000 to 12 000 effective H100e. Moved a year later the contract reserves nothing at the
        // horizon (10 176 − 8 760 is before its start), so deferring all of it would relieve 20 000: the lab defers
        // 8 000 / 20 000 = 0.4 of it, 4 000 chips, and cancels nothing.
        List<String> decisions = CashFixture.decisions();
        ReplicationResult result = run(List.of(contract("deal", 15, JULY, new DeferralSpec(365, 0.1))), 0.6,
                decisions);
        assertEquals(List.of("defer deal deal-d 1416.0 8000.0"), decisions.stream()
                .filter(d -> d.startsWith("defer") || d.startsWith("cancel")).toList());
        Contract deal = result.contracts().get(0);
        Contract part = result.contracts().get(1);
        assertEquals(6_000, deal.fullChips(), 1e-6);
        // What stays: 2.75 × 6 000 × 8 760 = 144 540 000; nothing recognised yet.
        assertEquals(144_540_000, deal.signedValueUsd(), 1e-3);
        assertEquals(144_540_000, deal.remainingUsd(4344), 1e-3);
        assertEquals("deal-d", part.contractId());
        assertEquals(DecisionListener.DEFERRAL, part.decidedBy());
        assertEquals(4_000, part.fullChips(), 1e-6);
        assertEquals(4344 + 8760, part.startHours(), 1e-9);
        assertEquals(13_104 + 8760, part.endHours(), 1e-9);
        // Moved: 2.75 × 4 000 × 8 760 = 96 360 000, still in the backlog; the fee, 10% of it, is paid at once.
        assertEquals(96_360_000, part.remainingUsd(4344), 1e-3);
        assertEquals(9_636_000, part.recognisedUsd(), 1e-3);
        assertEquals(96_360_000 + 9_636_000, part.signedValueUsd(), 1e-3);
        assertEquals(0, part.deferralShiftHours(), 0);
        assertEquals(96_360_000, LabCashTest.sum(LabCashTest.series(result,
                SeriesKey.of(Metric.DEFERRED_USD).lab("lab").cloud("cloud"))), 1e-3);
        // The backlog is the whole year's value, 2.75 × 10 000 × 8 760, before and after: only its timing moved.
        assertEquals(240_900_000, LabCashTest.valueAt(LabCashTest.series(result,
                SeriesKey.of(Metric.BACKLOG_USD).cloud("cloud").lab("lab")), 4344), 1e-3);
    }

    @Test
    void whatDeferralCannotRelieveIsCancelledFromContractsNotDeferred() {
        // Two contracts of 7.5 MW = 5 000 chips each: "base" from the start, "later" from 2026-07-01 with the right.
        // A cut to 0.4 on 2026-03-01 takes the need at the horizon from 20 000 to 8 000: excess 12 000. Deferring all of
        // "later" relieves 10 000; the other 2 000 (1 000 chips) are cancelled from "base", the only contract left
        // that provides capacity at the horizon. "base" had 2.75 × 5 000 × (13 104 − 1 416) = 160 710 000 ahead and
        // keeps 4 000 chips: 32 142 000 removed, 25% of it (8 035 500) paid, 24 106 500 cancelled.
        List<String> decisions = CashFixture.decisions();
        ReplicationResult result = run(List.of(contract("base", 7.5, CashFixture.START, null),
                contract("later", 7.5, JULY, new DeferralSpec(365, 0.1))), 0.4, decisions);
        assertEquals(List.of("defer later later-d 1416.0 10000.0", "cancel base 1416.0 2000.0"), decisions.stream()
                .filter(d -> d.startsWith("defer") || d.startsWith("cancel")).toList());
        Contract base = result.contracts().get(0);
        Contract later = result.contracts().get(1);
        Contract part = result.contracts().get(2);
        assertEquals(4_000, base.fullChips(), 1e-6);
        assertEquals(24_106_500, base.cancelledUsd(), 1e-3);
        assertEquals(0, later.fullChips(), 0);
        assertEquals(0, later.signedValueUsd(), 1e-6);
        // All of "later" moved: 2.75 × 5 000 × 8 760 = 120 450 000, for a fee of 12 045 000.
        assertEquals(120_450_000, part.remainingUsd(4344), 1e-3);
        assertEquals(12_045_000, part.recognisedUsd(), 1e-3);
        assertEquals(24_106_500, LabCashTest.sum(LabCashTest.series(result,
                SeriesKey.of(Metric.CANCELLED_USD).lab("lab").cloud("cloud"))), 1e-3);
    }
}
