package org.gigasim.model.world.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.world.decision.DecisionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cash rule by hand ({@link Rig}: a b chip draws 1.5 kW of facility power, so 1.5 MW is
 * 1 000 chips). Lab {@code lab} has 50 000 000 USD of cash, a 10 000 000 credit line, a
 * half-year window (4 380 h) and serves 1 000 effective H100e of inference at 1.7 USD per
 * H100e-hour. It holds two contracts: {@code deal}, 1 000 b chips through 2026 at 2.75, and
 * {@code ramped}, 2 000 b chips from 2026-04-01 (hour 2 160) for a year at 3.0, ramping over two
 * ramp months of 720 h (1 440 h). It owns a cloud costing 100 USD per MW-hour to run: 400 b chips
 * (0.6 MW) delivered and 500 g chips (0.5 MW) due at hour 1 000, expected 200 h late.
 */
class CommitmentLimitTest {

    private Rig rig;
    private CommitmentLimit limit;

    @BeforeEach
    void setUp() {
        Site ownSite = new Site(new SiteSpec("own-site", "east", 1.25, null, null, null, null), "own",
                Rig.accelerators(List.of(Rig.B, Rig.G)));
        ownSite.deliver("b", 400);
        ownSite.addNominalDeliveries(new Site.NominalDeliveries("g", 500, new double[] {1000}, 200));
        Cloud own = new Cloud(new CloudSpec("own", CloudSpec.SELF, null, Map.of(), null, null, null, List.of(), null,
                null, "lab", 100.0));
        own.addSite(ownSite);
        Cloud cloud = Rig.cloud("cloud", null, null, Rig.site("site", "cloud", 30, 12_000, 6_000));
        rig = new Rig(List.of(
                Rig.lab("lab", 1_000, new FinanceSpec(50e6, null, 1.7, null, 10e6, 0.5), null, null),
                Rig.lab("poor", 1_000, new FinanceSpec(1e6, null, null, null, null, 0.5), null, null),
                Rig.lab("free", 1_000, null, null, null)), List.of(cloud, own));
        rig.sign(new ContractSpec("deal", "lab", "cloud", "b", 1.5, Rig.START, LocalDate.of(2026, 12, 31), null,
                2.75, null, List.of()), 0, DecisionListener.PROCUREMENT);
        rig.sign(new ContractSpec("ramped", "lab", "cloud", "b", 3.0, LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), 2.0, 3.0, null, List.of()), 0, DecisionListener.PROCUREMENT);
        rig.sign(new ContractSpec("poor-deal", "poor", "cloud", "b", 1.5, Rig.START, LocalDate.of(2026, 12, 31), null,
                2.75, null, List.of()), 0, DecisionListener.PROCUREMENT);
        limit = rig.limit(l -> l == 0 ? 1_000 : 0);
    }

    @Test
    void theWindowIsTheCommitmentYearsInHoursAndUnboundedWithoutFinance() {
        assertEquals(4_380, limit.windowHours(rig.lab(0)), 0);
        assertEquals(Double.POSITIVE_INFINITY, limit.windowHours(rig.lab(2)));
    }

    @Test
    void headroomIsCashCreditAndRevenueLessWhatContractsAndOwnCampusesBillInTheWindow() {
        // Window [0, 4 380). deal: 1 000 × 4 380 × 2.75 = 12 045 000. ramped: steps of 720 h at the linear ramp's
        // mean, 2 000 × (0 + 720) / 2 880 = 500 chips from 2 160, 2 000 × (720 + 1 440) / 2 880 = 1 500 from 2 880,
        // then 2 000 from 3 600: (500 × 720 + 1 500 × 720 + 2 000 × 780) × 3.0 = 3 000 000 × 3 = 9 000 000.
        // Own campus: 0.6 MW × 4 380 h × 100 = 262 800 for the chips it has, and the g chips expected at 1 200 run
        // 0.5 MW × 3 180 h × 100 = 159 000. Revenue: 1 000 × 1.7 × 4 380 = 7 446 000.
        // 50 000 000 + 10 000 000 + 7 446 000 − 12 045 000 − 9 000 000 − 262 800 − 159 000 = 45 979 200.
        assertEquals(45_979_200, limit.headroomUsd(0, 0), 1e-6);
        // Spread over the window: 45 979 200 / 4 380 USD an hour.
        assertEquals(45_979_200 / 4_380.0, limit.onDemandBudgetUsdPerHour(0, 0), 1e-9);
    }

    @Test
    void obligationsRollOffAsTheWindowMoves() {
        // Window [5 000, 9 380). deal bills its last 3 760 h: 1 000 × 3 760 × 2.75 = 10 340 000; ramped is at its full
        // 2 000 chips all window long: 2 000 × 4 380 × 3.0 = 26 280 000; the own chips 262 800 (the g batch was due
        // before now, so it is no longer a planned delivery). Revenue is still 7 446 000.
        // 60 000 000 + 7 446 000 − 10 340 000 − 26 280 000 − 262 800 = 30 563 200.
        assertEquals(30_563_200, limit.headroomUsd(0, 5_000), 1e-6);
    }

    @Test
    void aLabWithoutHeadroomMayBuyNothingOnDemand() {
        // poor: 1 000 000 of cash against 1 000 × 4 380 × 2.75 = 12 045 000 due, no revenue, no credit.
        assertEquals(1e6 - 12_045_000, limit.headroomUsd(1, 0), 1e-6);
        assertEquals(0, limit.onDemandBudgetUsdPerHour(1, 0), 0);
    }

    /**
     * Whether the on-demand budget covers a spending rate, read from cash first: lab's cash and
     * credit less what falls due leave 60 000 000 − 21 466 800 = 38 533 200 USD, 8 797.53 an hour
     * over the window, and its revenue lifts the budget to 10 497.53 an hour (above).
     */
    @Test
    void cashThatCoversTheSpendingIsEnoughWithoutReadingRevenue() {
        int[] revenueReads = {0};
        CommitmentLimit counted = rig.limit(l -> {
            revenueReads[0]++;
            return l == 0 ? 1_000 : 0;
        });
        assertTrue(counted.onDemandBudgetCovers(0, 0, 8_790));
        assertEquals(0, revenueReads[0], "cash and credit cover 8 790 an hour: revenue is not read");
        assertTrue(counted.onDemandBudgetCovers(0, 0, 10_490));
        assertEquals(1, revenueReads[0], "8 797 an hour from cash falls short of 10 490: revenue is read");
        assertFalse(counted.onDemandBudgetCovers(0, 0, 10_510));
        // The same answer as comparing with the whole budget, on both sides of it.
        double budget = counted.onDemandBudgetUsdPerHour(0, 0);
        assertTrue(counted.onDemandBudgetCovers(0, 0, budget));
        assertFalse(counted.onDemandBudgetCovers(0, 0, Math.nextUp(budget)));
        // A lab with no headroom covers nothing but a zero rate; one without finance covers any.
        assertTrue(counted.onDemandBudgetCovers(1, 0, 0));
        assertFalse(counted.onDemandBudgetCovers(1, 0, 0.01));
        assertTrue(counted.onDemandBudgetCovers(2, 0, 1e12));
    }

    @Test
    void aLabWithoutFinanceIsNotLimited() {
        assertEquals(Double.POSITIVE_INFINITY, limit.headroomUsd(2, 0));
        assertEquals(Double.POSITIVE_INFINITY, limit.onDemandBudgetUsdPerHour(2, 0));
    }

    @Test
    void aNewContractsValueInTheWindowFollowsItsRamp() {
        // 1 200 chips at 3.0 from hour 100 to 9 000, ramping over two ramp months, 2 × 720 = 1 440 h: 300 chips
        // (1 200 × 720 / 2 880) over [100, 820), 900 (1 200 × 2 160 / 2 880) over [820, 1 540), then 1 200.
        // Window [0, 4 380): 300 × 720 + 900 × 720 + 1 200 × 2 840 = 4 272 000 chip-hours.
        double ramp = 2 * Contract.RAMP_STEP_HOURS;
        assertEquals(3.0 * 4_272_000, CommitmentLimit.windowValueUsd(1_200, 3.0, 100, 9_000, ramp, 0, 4_380), 1e-6);
        // Window [200, 4 580): 300 × 620 + 900 × 720 + 1 200 × 3 040 = 4 482 000 chip-hours.
        assertEquals(3.0 * 4_482_000, CommitmentLimit.windowValueUsd(1_200, 3.0, 100, 9_000, ramp, 200, 4_380), 1e-6);
    }
}
