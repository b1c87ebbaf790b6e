package org.gigasim.model.world.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.spec.TrafficClass;
import org.junit.jupiter.api.Test;

/**
 * A renewal notice shorter than the horizon, by hand, in {@link ReviewWorld}: the lab needs
 * (10 000 + 2 000) × 1.2 = 14 400 effective H100e, looks 365 days ahead, reviews every 30 days
 * from hour 0 and renews. It holds 7.5 MW of b on {@code cloud} (5 000 chips, 10 000 effective
 * H100e) until 2026-09-30, so the contract ends at hour 6 552 (2026-10-01), inside the first
 * review's horizon (8 760). With a 90-day notice (2 160 h) the first review at which the end is
 * that near is the one at hour 5 040 (6 552 − 5 040 = 1 512; at 4 320 it is 2 232 away).
 */
class RenewalNoticeTest extends ReviewWorldTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 9, 30);

    private static ProcurementSpec policy(Double noticeDays) {
        return new ProcurementSpec(365.0, 10.0, 1.0, 1.0, 30.0, 1.0, 2.0, 1.2, true, null, new Distribution.Fixed(0),
                false, noticeDays);
    }

    private void run(Double noticeDays, double untilHours) {
        build(Rig.lab("lab", 10_000, null, policy(noticeDays), null));
        hold("held", "cloud", 7.5, Rig.START, LAST_DAY, null);
        procurement.start();
        rig.sim.runUntil(untilHours);
    }

    @Test
    void withoutANoticeTheFirstReviewRenewsAContractEndingInItsHorizon() {
        // Hour 0: the renewal from 2026-10-01 is for 14 400 less nothing held then, at most the 10 000 held; at the
        // horizon it holds the 10 000 and 4 400 is bought from rival's b, the cheapest (1.45 per effective H100e-hour).
        run(null, 1);
        RecordingDecisions.Call renewed = rig.listener.only("renewed");
        assertEquals(0, renewed.t(), 0);
        assertEquals(10_000, renewed.num(4), 1e-9);
        assertEquals(List.of("lab-rival-1 b 4400.0"), signed());
    }

    @Test
    void withANoticeTheFirstReviewCountsTheContractFromItsEndAndRenewsNothing() {
        // Hour 0: nothing ends within 2 160 h. At the horizon the contract held counts its 10 000 from its end (6 552),
        // so the shortfall is the same 4 400, bought from rival: the lab buys no replacement and renews nothing yet.
        run(90.0, 1);
        assertEquals(List.of(), rig.listener.named("renewed"));
        assertEquals(List.of("lab-rival-1 b 4400.0"), signed());
    }

    @Test
    void theRenewalComesAtTheFirstReviewWithinTheNoticeForWhatIsStillNeeded() {
        // rival's contract runs from hour 240 for a year, to hour 9 000. From hour 720 on it too ends within the horizon
        // and beyond the notice: the reviews count 10 000 + 4 400 = 14 400 and buy nothing. At hour 5 040 the held
        // contract is renewed for 14 400 − rival's 4 400 (fully ramped at 6 552) = 10 000, all 5 000 chips.
        run(90.0, 5_041);
        RecordingDecisions.Call renewed = rig.listener.only("renewed");
        assertEquals(5_040, renewed.t(), 0);
        assertEquals(List.of("held", "held-r", "lab", "cloud"), renewed.args().subList(0, 4));
        assertEquals(10_000, renewed.num(4), 1e-9);
        assertEquals(List.of("lab-rival-1 b 4400.0"), signed());
    }

    @Test
    void aForecastThatFallsBeforeTheNoticeIsWhatTheRenewalReads() {
        // Stateless demand halves at hour 2 400: the lab then needs (5 000 + 2 000) × 1.2 = 8 400. At hour 5 040 it
        // renews 8 400 − 4 400 = 4 000 (2 000 chips). Renewed at hour 0, without a notice, it would hold all 10 000.
        build(Rig.lab("lab", 10_000, null, policy(90.0), null));
        hold("held", "cloud", 7.5, Rig.START, LAST_DAY, null);
        procurement.start();
        rig.sim.scheduleAt(2_400, s -> rig.lab(0).scaleDemand(TrafficClass.STATELESS_API, 0.5));
        rig.sim.runUntil(5_041);
        RecordingDecisions.Call renewed = rig.listener.only("renewed");
        assertEquals(5_040, renewed.t(), 0);
        assertEquals(4_000, renewed.num(4), 1e-9);
    }

    @Test
    void theShareCapCountsTheContractDueForRenewalOnItsCloud() {
        // Share cap 0.5; the contract due for renewal is 3 MW on rival (2 000 chips, 4 000 effective H100e). At hour 0
        // the lab counts it, on rival, and is 10 400 short. rival's b: (0.5 × 4 000 − 4 000) / 0.5 < 0, nothing.
        // cloud's b: (0.5 × 4 000 − 0) / 0.5 = 4 000. Then cloud's g: (0.5 × 8 000 − 4 000) / 0.5 = 0, and rival's g
        // the same. Counted on every cloud it would leave cloud nothing; not counted, nothing at all.
        build(Rig.lab("lab", 10_000, null, new ProcurementSpec(365.0, 10.0, 0.5, 1.0, 30.0, 1.0, 2.0, 1.2, true, null,
                new Distribution.Fixed(0), false, 90.0), null));
        hold("held", "rival", 3, Rig.START, LAST_DAY, null);
        procurement.start();
        rig.sim.runUntil(1);
        assertEquals(List.of("lab-cloud-1 b 4000.0"), signed());
    }
}
