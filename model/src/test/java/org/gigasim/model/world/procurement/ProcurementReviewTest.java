package org.gigasim.model.world.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.gigasim.engine.random.Distribution;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.spec.ReachSpec;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.Test;

/** A lab's procurement review by hand, on {@link Procurement} itself, in {@link ReviewWorld}. */
class ProcurementReviewTest extends ReviewWorldTest {

    @Test
    void aShortfallIsBoughtCheapestFirstFromTheStartAfterTheLead() {
        // Demand grows 20% a year: at the horizon (8 760 h) 12 000 + 2 000, times 1.2: 16 800 short. rival's b covers
        // 10 000 (all its 5 000 chips), cloud's b the other 6 800 (3 400 chips); cloud's g is not needed.
        build(Rig.lab("lab", 10_000, 0.2, null, policy(1, false, null), null));
        procurement.start();
        rig.sim.runUntil(1);
        assertEquals(List.of("lab-rival-1 b 10000.0", "lab-cloud-2 b 6800.0"), signed());
        RecordingDecisions.Call first = rig.listener.named("signed").get(0);
        assertEquals(List.of(DecisionListener.PROCUREMENT, "lab-rival-1", "lab", "rival", "b"),
                first.args().subList(0, 5));
        assertEquals(16_800, first.num(6), 1e-9);
        assertEquals(1.45, first.num(7), 1e-12);
        // 5 000 × 8 040 chip-hours at 2.9 (a chip holds 720 × 0.25 + 720 × 0.75 + 7 320 = 8 040 over the year).
        assertEquals(5_000 * 8_040 * 2.9, first.num(8), 1e-3);
        Contract rival = rig.contracts.get("lab-rival-1");
        assertEquals(240, rival.startHours(), 0);
        assertEquals(240 + 8_760, rival.endHours(), 0);
        assertEquals(2 * Contract.RAMP_STEP_HOURS, rival.rampHours(), 1e-9);
        assertEquals(2.9, rival.priceUsdPerChipHour(), 0);
        assertEquals(5_000, rival.fullChips(), 1e-9);
        assertEquals(3_400 * 8_040 * 3.1, rig.contracts.get("lab-cloud-2").signedValueUsd(), 1e-3);
        RecordingDecisions.Call procured = rig.listener.named("procured").get(1);
        assertEquals(List.of("lab-cloud-2", "lab", "cloud"), procured.args().subList(0, 3));
        assertEquals(6_800, procured.num(3), 1e-9);
        assertEquals(0, procured.num(4), 0, "it starts when asked");
        assertEquals(0, procured.num(5), 0, "at the cloud's own quote");
    }

    @Test
    void theLabReviewsAgainAfterItsReviewPeriod() {
        build(Rig.lab("lab", 10_000, 0.2, null, policy(1, false, null), null));
        procurement.start();
        rig.sim.runUntil(719);
        assertEquals(2, rig.listener.named("signed").size());
        // At 720 the contracts end (hour 9 000) before the horizon (9 480): the lab buys again.
        rig.sim.runUntil(721);
        assertEquals(720, rig.listener.named("signed").get(2).t(), 0);
    }

    @Test
    void aShortfallOfOnePercentOrLessIsNotBought() {
        // 7 150 b chips held cover 14 300 of 14 400: 100 short, under 1% (144).
        build(Rig.lab("lab", 10_000, null, policy(1, false, null), null));
        hold("held", "cloud", 10.725, Rig.START, LocalDate.of(2027, 12, 31), null);
        procurement.start();
        rig.sim.runUntil(1);
        assertEquals(List.of(), signed());
    }

    @Test
    void aShortfallAboveOnePercentIsBought() {
        // 7 100 b chips held cover 14 200: 200 short, bought from rival's b.
        build(Rig.lab("lab", 10_000, null, policy(1, false, null), null));
        hold("held", "cloud", 10.65, Rig.START, LocalDate.of(2027, 12, 31), null);
        procurement.start();
        rig.sim.runUntil(1);
        assertEquals(List.of("lab-rival-1 b 200.0"), signed());
        assertEquals(100, rig.contracts.get("lab-rival-1").fullChips(), 1e-9);
    }

    @Test
    void noCloudTakesMoreThanTheLabsShareCap() {
        // At most 60% on one cloud. The lab holds 2 000 b chips on rival (4 000 H100e); 10 400 short. rival's b
        // (its other 3 000 chips) would raise rival above 60%: cap (0.6 × 4 000 − 4 000) / 0.4 < 0, skipped.
        // cloud's b: cap 0.6 × 4 000 / 0.4 = 6 000. cloud's g: cloud already holds 6 000 of 10 000, cap 0.
        // rival's g: cap (0.6 × 10 000 − 4 000) / 0.4 = 5 000, all its 2 700 taken. 1 700 stay short.
        build(Rig.lab("lab", 10_000, null, policy(0.6, false, null), null));
        hold("held", "rival", 3.0, Rig.START, LocalDate.of(2027, 12, 31), null);
        procurement.start();
        rig.sim.runUntil(1);
        assertEquals(List.of("lab-cloud-1 b 6000.0", "lab-rival-2 g 2700.0"), signed());
        assertEquals(3_000, rig.contracts.get("lab-rival-2").fullChips(), 1e-9);
    }

    @Test
    void theCashRuleCutsWhatTheLabSigns() {
        // Cash 50 000 000 and a 10 000 000 credit line over a year's window, no revenue. rival's 5 000 b chips from
        // 240 would bill, within [0, 8 760): 1 250 over [240, 960), 3 750 over [960, 1 680), then 5 000:
        // 1 250 × 720 + 3 750 × 720 + 5 000 × 7 080 = 39 000 000 chip-hours at 2.9, 113 100 000: the lab takes
        // 60 000 000 / 113 100 000 of them, 2 652.5 chips. Nothing is left for cloud.
        build(Rig.lab("lab", 10_000, new FinanceSpec(50e6, null, null, null, 10e6, 1.0), policy(1, false, null),
                null));
        assertEquals(60e6 / 8_760, procurement.onDemandBudgetUsdPerHour(0, 0), 1e-9);
        procurement.start();
        rig.sim.runUntil(1);
        double chips = 5_000 * 60e6 / 113_100_000;
        assertEquals(List.of("lab-rival-1"), rig.listener.named("signed").stream().map(c -> c.str(1)).toList());
        assertEquals(chips, rig.contracts.get("lab-rival-1").fullChips(), 1e-6);
        RecordingDecisions.Call limited = rig.listener.named("commitmentLimited").get(0);
        assertEquals(List.of("lab", "rival"), limited.args().subList(0, 2));
        assertEquals(10_000, limited.num(2), 1e-9);
        assertEquals(2 * chips, limited.num(3), 1e-6);
        assertEquals(60e6, limited.num(4), 1e-6);
    }

    @Test
    void contractsStartingAfterTheWindowAreNotLimitedByIt() {
        // No cash and a quarter-year window (2 190 h), but contracts start 180 days out (hour 4 320): they bill nothing
        // within the window, so the lab signs all 14 400, rival's 10 000 and cloud's 4 400.
        build(Rig.lab("lab", 10_000, new FinanceSpec(0.0, null, null, null, null, 0.25),
                Rig.policy(365, 180, 1, 1, 30, 1, 2, 1.2, false, null), null));
        procurement.start();
        rig.sim.runUntil(1);
        assertEquals(List.of("lab-rival-1 b 10000.0", "lab-cloud-2 b 4400.0"), signed());
        assertEquals(List.of(), rig.listener.named("commitmentLimited"));
    }

    @Test
    void aContractEndingWithinTheHorizonIsRenewedBeforeTheShortfallIsBought() {
        // 7 200 b chips (14 400) on cloud to 2026-06-30, and 2 000 (4 000) on rival through 2027. At the end of the
        // first, the lab needs 14 400, of which rival's contract provides 4 000: 10 400 (5 200 chips) is renewed at
        // cloud's quote, 3.1, from 2026-07-01; then nothing is short at the horizon.
        build(Rig.lab("lab", 10_000, null, policy(1, true, null), null));
        hold("held", "cloud", 10.8, Rig.START, LocalDate.of(2026, 6, 30), null);
        hold("other", "rival", 3.0, Rig.START, LocalDate.of(2027, 12, 31), null);
        procurement.start();
        rig.sim.runUntil(1);
        assertEquals(List.of(), signed());
        assertEquals(10_400, rig.listener.only("renewed").num(4), 1e-9);
        assertEquals(5_200, rig.contracts.get("held-r").fullChips(), 1e-9);
        assertEquals(3.1, rig.contracts.get("held-r").priceUsdPerChipHour(), 0);
    }

    @Test
    void theNeedIsTheForecastAtTheHorizonWithTrainingTimesHeadroom() {
        build(Rig.lab("lab", 10_000, 0.2, null, policy(1, false, null), null), Rig.lab("none", 10_000, null, null,
                null));
        assertEquals((12_000 + 2_000) * 1.2, procurement.plannedNeedH100e(rig.lab(0), 0), 1e-9);
        assertEquals((10_000 * Math.pow(1.2, 1.5) + 2_000) * 1.2, procurement.plannedNeedH100e(rig.lab(0), 4_380),
                1e-9);
        assertEquals(0, procurement.plannedNeedH100e(rig.lab(1), 0), 0);
        assertEquals(Double.POSITIVE_INFINITY, procurement.onDemandBudgetUsdPerHour(0, 0));
    }

    @Test
    void eachLabFirstReviewsAtItsDrawnOffset() {
        // late's offset is 2.5 days (hour 60); early's draw of about −3 days (a normal may draw below 0) means the start.
        build(Rig.lab("late", 10_000, null, offset(new Distribution.Fixed(2.5)), null),
                Rig.lab("early", 10_000, null, offset(new Distribution.Normal(-3, 1e-3)), null));
        procurement.drawFirstReviews(new RandomStreams(7, 0));
        procurement.start();
        rig.sim.runUntil(59);
        assertEquals(List.of("early"), rig.listener.named("signed").stream().map(c -> c.str(2)).distinct().toList());
        rig.sim.runUntil(61);
        RecordingDecisions.Call late = rig.listener.named("signed").stream().filter(c -> c.str(2).equals("late"))
                .findFirst().orElseThrow();
        assertEquals(60, late.t(), 0);
        // Asked from hour 300, 2026-01-13 at noon: a contract starts on whole days, so from that day's midnight.
        assertEquals(288, rig.contracts.get(late.str(1)).startHours(), 0);
    }

    private static ProcurementSpec offset(Distribution days) {
        return new ProcurementSpec(365.0, 10.0, 1.0, 1.0, 30.0, 1.0, 2.0, 1.2, false, null, days);
    }

    @Test
    void aShortfallOfExactlyOnePercentIsNotBought() {
        // 7 128 b chips held cover 14 256: 144 short, 1% of 14 400.
        build(Rig.lab("lab", 10_000, null, policy(1, false, null), null));
        hold("held", "cloud", 10.692, Rig.START, LocalDate.of(2027, 12, 31), null);
        procurement.start();
        rig.sim.runUntil(1);
        assertEquals(List.of(), signed());
    }

    @Test
    void aRemainderUnderAThousandthOfTheRequestIsNotSigned() {
        // 2 197.5 b chips held cover 4 395: 10 005 short. rival's b covers 10 000; the 5 left are under 0.001 of the
        // request (10.005), so cloud is not asked to sign for them.
        build(Rig.lab("lab", 10_000, null, policy(1, false, null), null));
        hold("held", "cloud", 3.29625, Rig.START, LocalDate.of(2027, 12, 31), null);
        procurement.start();
        rig.sim.runUntil(1);
        assertEquals(List.of("lab-rival-1 b 10000.0"), signed());
    }

    @Test
    void reachTheLabMayServeCountsInItsNeed() {
        // 1 000 effective H100e of reach demand, open: need (10 000 + 1 000 + 2 000) × 1.2 = 15 600; bought as rival's
        // 10 000 and cloud's 5 600. Closed, it does not count.
        LabSpec plain = Rig.lab("lab", 10_000, null, policy(1, false, null), null);
        build(new LabSpec("lab", new DemandSpec(plain.demand().statelessApi(), null, null, null,
                List.of(new ReachSpec(TrafficClass.STATELESS_API, "cloud", 1_000, 0.0))), plain.efficiency(), null,
                plain.procurement()));
        assertEquals(14_400, procurement.plannedNeedH100e(rig.lab(0), 0), 1e-9);
        rig.lab(0).setReachOpen(0, true);
        assertEquals(15_600, procurement.plannedNeedH100e(rig.lab(0), 0), 1e-9);
        procurement.start();
        rig.sim.runUntil(1);
        assertEquals(List.of("lab-rival-1 b 10000.0", "lab-cloud-2 b 5600.0"), signed());
    }

    @Test
    void aLabInsideTheCloudsCompanyProcuresAtNoPriceAndNothingIsConceded() {
        build(Rig.lab("lab", 10_000, null, policy(1, false, null), "cloud"));
        procurement.start();
        rig.sim.runUntil(1);
        assertEquals(List.of("lab-cloud-1 b 14400.0"), signed());
        assertEquals(0, rig.contracts.get("lab-cloud-1").signedValueUsd(), 0);
        assertEquals(0, rig.listener.only("procured").num(5), 0);
    }
}
