package org.gigasim.model.world.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DeferralSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.PricePointSpec;
import org.gigasim.model.spec.PricingSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.world.core.Ledger;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.Test;

/**
 * Renewal, deferral and cancellation by hand, on {@link Lifecycle} itself ({@link Rig}: 2 effective
 * H100e per b chip, 1.5 kW a chip, so 1.5 MW is 1 000 chips). The cloud's contract price follows its
 * tightness, 1 + 0.4 × the share sold (half sold: 1.2), and its term, 0.9 per year beyond one: a
 * 2-year renewal of b is quoted 3.1 × 1.2 × 0.9 = 3.348 USD per chip-hour. The lab signs 2-year
 * contracts; its other capacity ({@code contracted}) provides 1 000 effective H100e.
 */
class LifecycleTest {

    private static final double RENEWAL_PRICE = 3.1 * 1.2 * 0.9;
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);
    private static final ProcurementSpec POLICY = Rig.policy(365, 10, 1, 1, 30, 2, 0, 1, true, 0.25);

    private Rig rig;
    private Lifecycle lifecycle;

    private void build(FinanceSpec finance, String internalTo) {
        Cloud cloud = Rig.cloud("cloud",
                new PricingSpec(List.of(), List.of(new PricePointSpec(0, 1.0), new PricePointSpec(1, 1.4)), 0.1, 1.0),
                null, Rig.site("site", "cloud", 60, 30_000, 6_000));
        cloud.setSoldShare(0.5);
        rig = new Rig(List.of(Rig.lab("lab", 0, finance, POLICY, internalTo)), List.of(cloud));
        CommitmentLimit limit = rig.limit(l -> 0);
        lifecycle = new Lifecycle(rig.indices, rig.clock, rig.contracts, limit, rig::sign, rig.ledger, rig.listener,
                (l, t) -> 1_000);
    }

    private Contract sign(String id, double mw, LocalDate start, LocalDate last, Double rampMonths,
            DeferralSpec deferral, String decidedBy) {
        return rig.sign(new ContractSpec(id, "lab", "cloud", "b", mw, start, last, rampMonths, 2.75, null, List.of(),
                null, null, deferral), 0, decidedBy);
    }

    @Test
    void aContractEndingWithinTheHorizonIsRenewedForWhatIsStillNeededAtTheMarketPrice() {
        build(null, null);
        // early ends at hour 744 (2026-01-31), deal at 4 344 (2026-06-30), late at 4 368. Reviewing at 744 with the
        // horizon at 4 344, only deal ends in (744, 4 344]. The lab needs 7 000 at its end, 1 000 of which its other
        // capacity provides: 6 000 effective H100e, 3 000 of deal's 4 000 chips, from 2026-07-01 for 730 days
        // (17 520 h) at 3.348: 3 000 × 3.348 × 17 520 = 175 970 880.
        sign("early", 1.5, Rig.START, LocalDate.of(2026, 1, 31), null, null, DecisionListener.PROCUREMENT);
        sign("deal", 6.0, Rig.START, JUNE, null, null, DecisionListener.PROCUREMENT);
        sign("late", 1.5, Rig.START, LocalDate.of(2026, 7, 1), null, null, DecisionListener.PROCUREMENT);
        lifecycle.renewEnding(rig.lab(0), 0, POLICY, 744, 4_344, end -> 7_000);
        RecordingDecisions.Call renewed = rig.listener.only("renewed");
        assertEquals(List.of("deal", "deal-r", "lab", "cloud"), renewed.args().subList(0, 4));
        assertEquals(6_000, renewed.num(4), 1e-9);
        assertEquals(RENEWAL_PRICE, renewed.num(5), 1e-12);
        assertEquals(175_970_880, renewed.num(6), 1e-3);
        Contract renewal = rig.contracts.get("deal-r");
        assertEquals(DecisionListener.RENEWAL, renewal.decidedBy());
        assertEquals(3_000, renewal.fullChips(), 1e-9);
        assertEquals(4.5, renewal.mw(), 1e-12);
        assertEquals(4_344, renewal.startHours(), 0);
        assertEquals(4_344 + 17_520, renewal.endHours(), 0);
        assertEquals(0, renewal.rampHours(), 0);
        assertEquals(744, renewal.signedHours(), 0);
        assertNull(renewal.site());
        assertNull(renewal.region());
        // A contract is renewed once, however many reviews see it.
        lifecycle.renewEnding(rig.lab(0), 0, POLICY, 744, 4_344, end -> 7_000);
        assertEquals(1, rig.listener.named("renewed").size());
    }

    @Test
    void nothingIsRenewedThatIsNotNeeded() {
        build(null, null);
        sign("deal", 6.0, Rig.START, JUNE, null, null, DecisionListener.PROCUREMENT);
        // The other capacity already provides the 1 000 needed.
        lifecycle.renewEnding(rig.lab(0), 0, POLICY, 0, 8_760, end -> 1_000);
        assertEquals(List.of(), rig.listener.named("renewed"));
    }

    @Test
    void theCashRuleCutsARenewalToTheHeadroom() {
        // Cash 60 000 000, a year's window, no revenue. deal bills 2.75 × 4 000 × 4 344 = 47 784 000 of it: the
        // headroom is 12 216 000. The renewal of 3 000 chips would bill 3.348 × 3 000 × (8 760 − 4 344) = 44 354 304
        // within the window, so it shrinks to 3 000 × 12 216 000 / 44 354 304 = 826.25 chips.
        build(new FinanceSpec(60e6, null, null, null, null, 1.0), null);
        sign("deal", 6.0, Rig.START, JUNE, null, null, DecisionListener.PROCUREMENT);
        lifecycle.renewEnding(rig.lab(0), 0, POLICY, 0, 8_760, end -> 7_000);
        double chips = 12_216_000 / (RENEWAL_PRICE * 4_416);
        RecordingDecisions.Call limited = rig.listener.only("commitmentLimited");
        assertEquals(List.of("lab", "cloud"), limited.args().subList(0, 2));
        assertEquals(6_000, limited.num(2), 1e-9);
        assertEquals(2 * chips, limited.num(3), 1e-6);
        assertEquals(12_216_000, limited.num(4), 1e-6);
        assertEquals(chips, rig.contracts.get("deal-r").fullChips(), 1e-6);
        assertEquals(2 * chips, rig.listener.only("renewed").num(4), 1e-6);
    }

    @Test
    void aLabWithNoHeadroomLeftRenewsNothing() {
        // Cash 40 000 000 against 47 784 000 due: headroom −7 784 000, nothing renewed.
        build(new FinanceSpec(40e6, null, null, null, null, 1.0), null);
        sign("deal", 6.0, Rig.START, JUNE, null, null, DecisionListener.PROCUREMENT);
        lifecycle.renewEnding(rig.lab(0), 0, POLICY, 0, 8_760, end -> 7_000);
        assertEquals(0, rig.listener.only("commitmentLimited").num(3), 0);
        assertEquals(-7_784_000, rig.listener.only("commitmentLimited").num(4), 1e-6);
        assertEquals(List.of(), rig.listener.named("renewed"));
        assertEquals(1, rig.contracts.all().size());
    }

    @Test
    void anInternalAllocationIsRenewedAtNoPrice() {
        build(null, "cloud");
        sign("deal", 6.0, Rig.START, JUNE, null, null, DecisionListener.PROCUREMENT);
        lifecycle.renewEnding(rig.lab(0), 0, POLICY, 0, 8_760, end -> 7_000);
        assertEquals(0, rig.contracts.get("deal-r").priceUsdPerChipHour(), 0);
        assertEquals(0, rig.listener.only("renewed").num(6), 0);
        assertEquals(3_000, rig.contracts.get("deal-r").fullChips(), 1e-9);
    }

    @Test
    void aRenewalBilledBeyondTheWindowIsNotLimitedByIt() {
        // A quarter-year window (2 190 h): deal bills 2.75 × 4 000 × 2 190 = 24 090 000 of it against 10 000 000 of
        // cash, so no headroom is left; but the renewal starts at 4 344, after the window, and bills nothing in it.
        build(new FinanceSpec(10e6, null, null, null, null, 0.25), null);
        sign("deal", 6.0, Rig.START, JUNE, null, null, DecisionListener.PROCUREMENT);
        lifecycle.renewEnding(rig.lab(0), 0, POLICY, 0, 8_760, end -> 7_000);
        assertEquals(List.of(), rig.listener.named("commitmentLimited"));
        assertEquals(3_000, rig.contracts.get("deal-r").fullChips(), 1e-9);
    }

    @Test
    void aRenewalCutToASliverIsNotSigned() {
        // One cent of headroom over deal's 47 784 000: 3 000 × 0.01 / 44 354 304 = 6.8e-7 chips, under a billionth of
        // deal's 4 000 chips (4e-6): nothing is renewed, though the limit is recorded.
        build(new FinanceSpec(47_784_000.01, null, null, null, null, 1.0), null);
        sign("deal", 6.0, Rig.START, JUNE, null, null, DecisionListener.PROCUREMENT);
        lifecycle.renewEnding(rig.lab(0), 0, POLICY, 0, 8_760, end -> 7_000);
        assertEquals(0.01, rig.listener.only("commitmentLimited").num(4), 1e-6);
        assertEquals(List.of(), rig.listener.named("renewed"));
    }

    /**
     * later: 10 000 chips from 2026-07-01 (hour 4 344) to 2027-06-30 (13 104) at 2.75, ramping over two ramp
     * months of 720 h, deferrable by 180 days (4 320 h) for 10%. Its chip-hours: 2 500 over [4 344, 5 064), 7 500
     * over [5 064, 5 784), then 10 000 for 7 320 h: 80 400 000, worth 221 100 000. At the horizon, hour 5 000, it holds
     * 2 500 chips, and moved by 4 320 h it would hold none then (680 is before its start): deferring all of it
     * relieves 5 000 effective H100e.
     */
    @Test
    void aDeferralMovesTheShareThatRelievesTheExcessForItsFee() {
        build(null, null);
        Contract first = sign("first", 1.5, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30), 2.0,
                new DeferralSpec(180, 0.1), DecisionListener.PROCUREMENT);
        Contract later = sign("later", 15, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30), 2.0,
                new DeferralSpec(180, 0.1), DecisionListener.PROCUREMENT);
        // 2 000 of excess: 0.4 of later moves, 4 000 chips worth 0.4 × 221 100 000 = 88 440 000, for 8 844 000.
        assertEquals(2_000, lifecycle.defer(rig.lab(0), 0, 1_416, 5_000, 2_000), 1e-9);
        assertEquals(6_000, later.fullChips(), 1e-9);
        assertEquals(9, later.mw(), 1e-9);
        assertEquals(0, later.deferralShiftHours(), 0, "the right is used");
        assertEquals(1_000, first.fullChips(), 0, "the earlier contract was not needed");
        Contract part = rig.contracts.get("later-d");
        assertEquals(DecisionListener.DEFERRAL, part.decidedBy());
        assertEquals(4_000, part.fullChips(), 1e-9);
        assertEquals(4_344 + 4_320, part.startHours(), 0);
        assertEquals(13_104 + 4_320, part.endHours(), 0);
        assertEquals(2 * Contract.RAMP_STEP_HOURS, part.rampHours(), 1e-9);
        assertEquals(2.75, part.priceUsdPerChipHour(), 0);
        assertEquals(88_440_000, part.remainingUsd(1_416), 1e-3);
        assertEquals(8_844_000, part.recognisedUsd(), 1e-3);
        RecordingDecisions.Call deferred = rig.listener.only("deferred");
        assertEquals(List.of("later", "later-d", "lab", "cloud"), deferred.args().subList(0, 4));
        assertEquals(8_000, deferred.num(4), 1e-9);
        assertEquals(88_440_000, deferred.num(5), 1e-3);
        assertEquals(8_844_000, deferred.num(6), 1e-3);
        assertEquals(180, deferred.args().get(7));
        assertEquals(8_844_000, rig.ledger.totalUsd(Ledger.Cause.PENALTY), 1e-3);
        assertEquals(0, rig.ledger.totalUsd(Ledger.Cause.CONTRACT), 0, "nothing was due yet");
        // The right is gone: asked again, later defers nothing more; first still can.
        assertEquals(0, lifecycle.defer(rig.lab(0), 0, 1_416, 5_000, 0), 0);
    }

    @Test
    void anExcessBeyondWhatDeferralRelievesMovesWholeContracts() {
        build(null, null);
        Contract started = sign("started", 1.5, Rig.START, LocalDate.of(2027, 6, 30), null,
                new DeferralSpec(180, 0.1), DecisionListener.PROCUREMENT);
        Contract first = sign("first", 1.5, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30), 2.0,
                new DeferralSpec(180, 0.1), DecisionListener.PROCUREMENT);
        sign("plain", 1.5, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30), 2.0, null,
                DecisionListener.PROCUREMENT);
        Contract later = sign("later", 15, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30), 2.0,
                new DeferralSpec(180, 0.1), DecisionListener.PROCUREMENT);
        // 6 000 of excess: all of later (5 000), then all of first, which holds 250 chips (500 H100e) at 5 000;
        // plain holds no right and started has begun. Relieved: 5 500.
        assertEquals(5_500, lifecycle.defer(rig.lab(0), 0, 1_416, 5_000, 6_000), 1e-9);
        assertEquals(0, later.fullChips(), 1e-9);
        assertEquals(0, first.fullChips(), 1e-9);
        assertEquals(1_000, started.fullChips(), 0);
        assertEquals(List.of("later-d", "first-d"), rig.listener.named("deferred").stream().map(c -> c.str(1))
                .toList());
    }

    @Test
    void theReliefIsWhatTheContractHoldsAtTheHorizonLessWhatItHeldAShiftEarlier() {
        build(null, null);
        // later, reserved in region east: at the horizon, hour 9 000, it holds 10 000 chips; 4 320 h earlier, at
        // 4 680, the first step of its ramp, 2 500. Deferring all of it relieves (10 000 − 2 500) × 2 = 15 000, so
        // 3 000 of excess moves 0.2 of it: 2 000 chips; it keeps 8 000 chips and 12 of its 15 MW.
        Contract later = rig.sign(new ContractSpec("later", "lab", "cloud", "b", 15, LocalDate.of(2026, 7, 1),
                LocalDate.of(2027, 6, 30), 2.0, 2.75, null, List.of(), null, "east", new DeferralSpec(180, 0.1)), 0,
                DecisionListener.PROCUREMENT);
        assertEquals(3_000, lifecycle.defer(rig.lab(0), 0, 1_416, 9_000, 3_000), 1e-9);
        assertEquals(8_000, later.fullChips(), 1e-9);
        assertEquals(12, later.mw(), 1e-9);
        Contract part = rig.contracts.get("later-d");
        assertEquals(2_000, part.fullChips(), 1e-9);
        assertEquals("east", part.region(), "the part is reserved where the contract was");
    }

    @Test
    void aContractStartingNowOrRelievingNothingAtTheHorizonIsNotDeferred() {
        build(null, null);
        // At hour 4 344 starting has just started; after starts 2027-07-01 (13 104), past the horizon (6 504), and
        // moved 4 320 h earlier it would not have started either: deferring it relieves nothing.
        Contract starting = sign("starting", 1.5, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30), null,
                new DeferralSpec(180, 0.1), DecisionListener.PROCUREMENT);
        Contract after = sign("after", 1.5, LocalDate.of(2027, 7, 1), LocalDate.of(2028, 6, 30), null,
                new DeferralSpec(180, 0.1), DecisionListener.PROCUREMENT);
        assertEquals(0, lifecycle.defer(rig.lab(0), 0, 4_344, 6_504, 1_000), 0);
        assertEquals(List.of(), rig.listener.named("deferred"));
        assertEquals(1_000, starting.fullChips(), 0);
        assertEquals(1_000, after.fullChips(), 0);
    }

    /**
     * base: 10 000 chips from the start to 2027-12-31 (hour 17 520) at 2.75. At 2026-07-01 (hour 4 344) the lab
     * cancels 8 000 effective H100e (4 000 chips) for a quarter of the value cancelled: what remained,
     * 2.75 × 10 000 × 13 176 = 362 340 000, falls to 217 404 000; of the 144 936 000 removed 36 234 000 is the
     * penalty. The 119 460 000 billed up to now is settled first.
     */
    @Test
    void aCancellationSettlesThenCutsTheContractForAPenalty() {
        build(null, null);
        Contract base = sign("base", 15, Rig.START, LocalDate.of(2027, 12, 31), null, null,
                DecisionListener.PROCUREMENT);
        lifecycle.cancel(rig.lab(0), 0, 4_344, 4_344 + 2_160, 8_000, 0.25);
        assertEquals(6_000, base.fullChips(), 1e-9);
        assertEquals(9, base.mw(), 1e-9);
        assertEquals(108_702_000, base.cancelledUsd(), 1e-3);
        assertEquals(119_460_000, rig.ledger.totalUsd(Ledger.Cause.CONTRACT), 1e-3);
        assertEquals(36_234_000, rig.ledger.totalUsd(Ledger.Cause.PENALTY), 1e-3);
        assertEquals(119_460_000 + 36_234_000, rig.cloud("cloud").revenueUsd(), 1e-3);
        RecordingDecisions.Call cancelled = rig.listener.only("cancelled");
        assertEquals(List.of("base", "lab", "cloud"), cancelled.args().subList(0, 3));
        assertEquals(8_000, cancelled.num(3), 1e-9);
        assertEquals(108_702_000, cancelled.num(4), 1e-3);
        assertEquals(36_234_000, cancelled.num(5), 1e-3);
    }

    @Test
    void cancellationTakesLatestSignedFirstAndSparesDeferredPartsAndWhatIsNotThereYet() {
        build(null, null);
        Contract base = sign("base", 15, Rig.START, LocalDate.of(2027, 12, 31), null, null,
                DecisionListener.PROCUREMENT);
        Contract newer = sign("newer", 1.5, Rig.START, LocalDate.of(2027, 12, 31), null, null,
                DecisionListener.PROCUREMENT);
        Contract part = sign("part", 1.5, Rig.START, LocalDate.of(2027, 12, 31), null, null,
                DecisionListener.DEFERRAL);
        Contract future = sign("future", 1.5, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, null,
                DecisionListener.PROCUREMENT);
        // At the horizon (hour 6 504) future has not started and part is a deferred part: of 3 000 to cancel, newer
        // gives all its 2 000 and base 1 000 of its 20 000 (it keeps 9 500 chips).
        lifecycle.cancel(rig.lab(0), 0, 4_344, 4_344 + 2_160, 3_000, 0.25);
        assertEquals(List.of("newer", "base"), rig.listener.named("cancelled").stream().map(c -> c.str(0)).toList());
        assertEquals(0, newer.fullChips(), 1e-9);
        assertEquals(9_500, base.fullChips(), 1e-9);
        assertEquals(1_000, part.fullChips(), 0);
        assertEquals(1_000, future.fullChips(), 0);
        assertEquals(1_000, rig.listener.named("cancelled").get(1).num(3), 1e-9);
    }
}
