package org.gigasim.model.world.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.junit.jupiter.api.Test;

/**
 * A lab that counts its dated deals, by hand, in {@link ReviewWorld}: b chips are 2.5 H100e at 0.8
 * efficiency (2 effective a chip) and 1.5 kW of facility power, so a deal of 4.8 MW reserves 3 200
 * chips, 6 400 effective H100e. The lab's flat 10 000 of stateless demand plus 2 000 of training, times
 * 1.2, is 14 400 at its horizon (hour 8 760, 2027-01-01); it reviews at hour 0 and every 30 days, so a
 * deal dated in (0, 720 h] counts at the first review. rival lists b cheapest (1.45 per effective
 * H100e-hour, 10 000 of it), then cloud's b (1.55, 24 000).
 */
class DatedDealsTest extends ReviewWorldTest {

    /** Day 19, hour 456: before the next review (hour 720). */
    private static final LocalDate SOON = LocalDate.of(2026, 1, 20);

    private static ProcurementSpec policy(double maxShare, boolean renew, boolean countDatedDeals) {
        return new ProcurementSpec(365.0, 10.0, maxShare, 1.0, 30.0, 1.0, 2.0, 1.2, renew, null,
                new Distribution.Fixed(0), countDatedDeals, null);
    }

    /** A sign_contract event on {@code on} for {@code lab}'s 4.8 MW of b on {@code cloud}, ramping over {@code rampMonths}. */
    private static EventSpec deal(LocalDate on, String lab, String cloud, LocalDate start, double rampMonths) {
        return new EventSpec.SignContract(on, new ContractSpec("deal", lab, cloud, "b", 4.8, start,
                LocalDate.of(2027, 12, 31), rampMonths, 2.75, null, List.of()));
    }

    private static EventSpec deal(LocalDate on, String lab, String cloud) {
        return deal(on, lab, cloud, LocalDate.of(2026, 3, 1), 6);
    }

    private void review(List<EventSpec> events, LabSpec... labs) {
        build(events, labs);
        procurement.start();
        rig.sim.runUntil(1);
    }

    @Test
    void aDealDatedBeforeTheNextReviewShrinksTheShortfall() {
        // The deal starts at hour 1 416 and its 6-month ramp ends at 5 796, before the horizon: all 6 400.
        // 14 400 − 6 400 = 8 000 is bought from rival's b (4 000 chips).
        review(List.of(deal(SOON, "lab", "rival")), Rig.lab("lab", 10_000, null, policy(1, false, true), null));
        assertEquals(List.of("lab-rival-1 b 8000.0"), signed());
        assertEquals(8_000, rig.listener.named("signed").get(0).num(6), 1e-9, "the sign line states the shortfall");
        RecordingDecisions.Call counted = rig.listener.only("datedDealCounted");
        assertEquals(List.of("deal", "lab", "rival"), counted.args().subList(0, 3));
        assertEquals(6_400, counted.num(3), 1e-9);
        assertEquals(456, counted.num(4), 0);
        assertEquals(8_760, counted.num(5), 0);
    }

    @Test
    void aDealCoveringTheShortfallLeavesNothingToBuy() {
        // 12 MW is 8 000 chips, 16 000 effective H100e at the horizon, more than the 14 400 forecast.
        EventSpec big = new EventSpec.SignContract(SOON, new ContractSpec("deal", "lab", "rival", "b", 12,
                LocalDate.of(2026, 3, 1), LocalDate.of(2027, 12, 31), 6.0, 2.75, null, List.of()));
        review(List.of(big), Rig.lab("lab", 10_000, null, policy(1, false, true), null));
        assertEquals(List.of(), signed());
        assertEquals(16_000, rig.listener.only("datedDealCounted").num(3), 1e-9);
    }

    @Test
    void aDealStillRampingAtTheHorizonCountsWhatItReservesThen() {
        // Starts 2026-09-01 (hour 5 832) ramping over 12 months (8 760 h): at the horizon it is 2 928 h in, step 4,
        // which holds the linear ramp's mean over [2 920, 3 650): 3 200 × 6 570 / 17 520 = 1 200 chips, 2 400 H100e.
        // 14 400 − 2 400 = 12 000: rival's whole b (10 000), then 2 000 of cloud's.
        review(List.of(deal(SOON, "lab", "rival", LocalDate.of(2026, 9, 1), 12)),
                Rig.lab("lab", 10_000, null, policy(1, false, true), null));
        assertEquals(List.of("lab-rival-1 b 10000.0", "lab-cloud-2 b 2000.0"), signed());
        assertEquals(2_400, rig.listener.only("datedDealCounted").num(3), 1e-9);
    }

    @Test
    void aDealDatedAfterTheNextReviewIsNotCounted() {
        // Day 45 (hour 1 080) is after the next review (720): the whole 14 400 is bought, 10 000 from rival, 4 400 cloud.
        review(List.of(deal(LocalDate.of(2026, 2, 15), "lab", "rival")),
                Rig.lab("lab", 10_000, null, policy(1, false, true), null));
        assertEquals(List.of("lab-rival-1 b 10000.0", "lab-cloud-2 b 4400.0"), signed());
        assertEquals(List.of(), rig.listener.named("datedDealCounted"));
    }

    @Test
    void anotherLabsDealIsNotCounted() {
        review(List.of(deal(SOON, "other", "rival")), Rig.lab("lab", 10_000, null, policy(1, false, true), null),
                Rig.lab("other", 1_000, null, null, null));
        assertEquals(List.of("lab-rival-1 b 10000.0", "lab-cloud-2 b 4400.0"), signed());
        assertEquals(List.of(), rig.listener.named("datedDealCounted"));
    }

    @Test
    void withTheOptionOffTheDealIsNotCounted() {
        review(List.of(deal(SOON, "lab", "rival")), Rig.lab("lab", 10_000, null, policy(1, false, false), null));
        assertEquals(List.of("lab-rival-1 b 10000.0", "lab-cloud-2 b 4400.0"), signed());
        assertEquals(List.of(), rig.listener.named("datedDealCounted"));
    }

    @Test
    void theShareCapCountsTheDealOnItsCloud() {
        // Share cap 0.5, the deal's 6 400 on rival and nothing else held: 8 000 short. rival's b: (0.5 × 6 400 − 6 400)
        // / 0.5 < 0, nothing. cloud's b: (0.5 × 6 400 − 0) / 0.5 = 6 400. Then cloud's g: (0.5 × 12 800 − 6 400) / 0.5
        // = 0, and rival's g the same: 1 600 stays unbought.
        review(List.of(deal(SOON, "lab", "rival")), Rig.lab("lab", 10_000, null, policy(0.5, false, true), null));
        assertEquals(List.of("lab-cloud-1 b 6400.0"), signed());
    }

    @Test
    void aRenewalCountsTheDealToo() {
        // The held 7.5 MW (5 000 chips) ends on 2026-06-30, inside the horizon. At its end (hour 4 344) the deal
        // provides 6 400 (full since hour 1 416, no ramp): the lab renews 14 400 − 6 400 = 8 000 (4 000 chips), not
        // all 10 000. At the horizon the renewal's 8 000 and the deal's 6 400 cover the 14 400: nothing is bought.
        build(List.of(deal(SOON, "lab", "rival", LocalDate.of(2026, 3, 1), 0)),
                Rig.lab("lab", 10_000, null, policy(1, true, true), null));
        hold("held", "cloud", 7.5, Rig.START, LocalDate.of(2026, 6, 30), null);
        procurement.start();
        rig.sim.runUntil(1);
        assertEquals(8_000, rig.listener.only("renewed").num(4), 1e-9);
        assertEquals(List.of(), signed());
    }
}
