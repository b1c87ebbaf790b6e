package org.gigasim.model.world.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.DeferralSpec;
import org.gigasim.model.spec.TrafficClass;
import org.junit.jupiter.api.Test;

/**
 * A cut in a lab's forecast by hand, on {@link Procurement#forecastCut} in {@link ReviewWorld}: what the lab
 * defers and cancels of the capacity it no longer needs, up to what the cut took away.
 */
class ForecastCutTest extends ReviewWorldTest {

    @Test
    void aCutCancelsTheExcessUpToWhatTheCutTookAway() {
        // 7 200 b chips held through 2027 cover 14 400. Stateless demand cut to 0.6: need (6 000 + 2 000) × 1.2 =
        // 9 600. Had the lab planned 12 000 before, the cut took 2 400: that much is cancelled, not all 4 800 spare.
        build(Rig.lab("lab", 10_000, null, policy(1, false, 0.25), null));
        Contract held = hold("held", "cloud", 10.8, Rig.START, LocalDate.of(2027, 12, 31), null);
        rig.lab(0).scaleDemand(TrafficClass.STATELESS_API, 0.6);
        procurement.forecastCut(rig.lab(0), 0, 12_000);
        assertEquals(2_400, rig.listener.only("cancelled").num(3), 1e-9);
        assertEquals(6_000, held.fullChips(), 1e-9);
        // A cut that leaves the need above what is contracted cancels nothing.
        procurement.forecastCut(rig.lab(0), 0, 9_000);
        assertEquals(1, rig.listener.named("cancelled").size());
    }

    @Test
    void aCutDefersFirstAndCancelsOnlyWhatTheCutLeaves() {
        // base: 6 200 chips through 2027 (12 400); later: 1 000 chips from 2026-11-01 (hour 7 296), deferrable by 180
        // days (2 000 at the horizon, none 4 320 h before it). Need after the cut 9 600; planned before 13 400, so
        // the cut took 3 800: later is deferred whole (2 000), and the other 1 800 cancelled from base.
        build(Rig.lab("lab", 10_000, null, policy(1, false, 0.25), null));
        Contract base = hold("base", "cloud", 9.3, Rig.START, LocalDate.of(2027, 12, 31), null);
        hold("later", "cloud", 1.5, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 10, 31), new DeferralSpec(180, 0.1));
        rig.lab(0).scaleDemand(TrafficClass.STATELESS_API, 0.6);
        procurement.forecastCut(rig.lab(0), 0, 13_400);
        assertEquals(2_000, rig.listener.only("deferred").num(4), 1e-9);
        assertEquals(1_800, rig.listener.only("cancelled").num(3), 1e-9);
        assertEquals(6_200 - 900, base.fullChips(), 1e-9);
    }

    @Test
    void withoutAPenaltyACutOnlyDefers() {
        build(Rig.lab("lab", 10_000, null, policy(1, false, null), null));
        Contract held = hold("held", "cloud", 10.8, Rig.START, LocalDate.of(2027, 12, 31), null);
        rig.lab(0).scaleDemand(TrafficClass.STATELESS_API, 0.6);
        procurement.forecastCut(rig.lab(0), 0, 14_400);
        assertEquals(List.of(), rig.listener.named("cancelled"));
        assertEquals(7_200, held.fullChips(), 1e-9);
    }

    @Test
    void aCutCancelsNoMoreThanIsContractedBeyondTheNewNeed() {
        // 6 000 b chips held cover 12 000. Need before the cut 14 400, after it 9 600: the cut took 4 800, but only
        // 2 400 of contracted capacity is spare, and only that is cancelled (the contract keeps 4 800 chips).
        build(Rig.lab("lab", 10_000, null, policy(1, false, 0.25), null));
        Contract held = hold("held", "cloud", 9.0, Rig.START, LocalDate.of(2027, 12, 31), null);
        rig.lab(0).scaleDemand(TrafficClass.STATELESS_API, 0.6);
        procurement.forecastCut(rig.lab(0), 0, 14_400);
        assertEquals(2_400, rig.listener.only("cancelled").num(3), 1e-9);
        assertEquals(4_800, held.fullChips(), 1e-9);
    }

    @Test
    void aCutDefersNoMoreThanIsContractedBeyondTheNewNeed() {
        // base: 3 200 chips through 2027 (6 400); later: 3 000 chips from 2026-11-01, deferrable by 180 days (6 000 at
        // the horizon, none 4 320 h before it). Need 14 400 before the cut, 9 600 after: the cut took 4 800, but only
        // 12 400 − 9 600 = 2 800 is spare, so 2 800 / 6 000 of later is deferred and nothing is left to cancel.
        build(Rig.lab("lab", 10_000, null, policy(1, false, 0.25), null));
        hold("base", "cloud", 4.8, Rig.START, LocalDate.of(2027, 12, 31), null);
        Contract later = hold("later", "cloud", 4.5, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 10, 31),
                new DeferralSpec(180, 0.1));
        rig.lab(0).scaleDemand(TrafficClass.STATELESS_API, 0.6);
        procurement.forecastCut(rig.lab(0), 0, 14_400);
        assertEquals(2_800, rig.listener.only("deferred").num(4), 1e-9);
        assertEquals(1_600, later.fullChips(), 1e-9);
        assertEquals(0, rig.listener.named("cancelled").stream().mapToDouble(c -> c.num(3)).sum(), 1e-6);
    }
}
