package org.gigasim.model.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

/**
 * A site's power, installation, stranding, retirement and outages. The fixture: PUE 1.25;
 * {@code gpu} draws 1.6 kW IT = 2 kW at the meter (0.002 MW) and rates 2.5 H100e; {@code tpu}
 * draws 0.8 kW IT = 1 kW at the meter and rates 1.5 H100e.
 */
class SiteTest {

    private static final double EPS = 1e-9;

    private static Site site() {
        AcceleratorSpec gpu = new AcceleratorSpec("gpu", "nvidia", null, 1.6, 2.5, null, null, List.of());
        AcceleratorSpec tpu = new AcceleratorSpec("tpu", "google", null, 0.8, 1.5, null, null, List.of());
        return new Site(new SiteSpec("s", "east", 1.25, null, null, null, null), "c", ordered(gpu, tpu));
    }

    /** The accelerators in a fixed order, as the world gives them (a site's positions follow it). */
    private static Map<String, AcceleratorSpec> ordered(AcceleratorSpec gpu, AcceleratorSpec tpu) {
        Map<String, AcceleratorSpec> accelerators = new java.util.LinkedHashMap<>();
        accelerators.put("gpu", gpu);
        accelerators.put("tpu", tpu);
        return accelerators;
    }

    @Test
    void chipsAreInstalledAsFarAsPowerAllowsAndTheRestWaitInArrivalOrder() {
        Site site = site();
        assertEquals("s", site.id());
        assertEquals("east", site.region());
        assertEquals("c", site.cloud());
        assertEquals(1.25, site.pue());
        assertEquals("east", site.spec().region());
        assertEquals(0.002, site.facilityMwPerChip("gpu"), 1e-15);
        site.addPower(3);
        site.deliver("gpu", 1_000);   // 2 MW
        site.deliver("tpu", 1_500);   // 1.5 MW, only 1 MW free: 1,000 fit
        site.deliver("gpu", 200);     // waits behind the tpu batch
        site.deliver("gpu", 0);       // nothing
        site.deliver("gpu", -5);      // nothing
        assertEquals(1_000, site.installedChips("gpu"), EPS);
        assertEquals(1_000, site.installedChips("tpu"), EPS);
        assertEquals(1_200, site.deliveredChips("gpu"), EPS);
        assertEquals(1_500, site.deliveredChips("tpu"), EPS);
        assertEquals(700, site.strandedChips(), EPS);
        assertEquals(3, site.powerUsedMw(), EPS);
        assertEquals(0, site.strandedPowerMw(), EPS);
        assertEquals(1_000 * 2.5 + 1_000 * 1.5, site.installedH100e(), EPS);
        assertEquals(List.of("gpu", "tpu"), iterate(site.acceleratorsDelivered()));

        // 1.1 MW more: the 500 waiting tpu (0.5 MW) first, then 300 gpu would fit but only 200 wait.
        site.addPower(1.1);
        assertEquals(1_500, site.installedChips("tpu"), EPS);
        assertEquals(1_200, site.installedChips("gpu"), EPS);
        assertEquals(0, site.strandedChips(), EPS);
        assertEquals(3.9, site.powerUsedMw(), EPS);
        assertEquals(0.2, site.strandedPowerMw(), EPS);
        assertEquals(4.1, site.powerOnlineMw(), EPS);
    }

    @Test
    void aBatchThatDoesNotFitBlocksLaterOnesUntilPowerFrees() {
        Site site = site();
        site.addPower(0.0015);
        site.deliver("gpu", 1);   // 0.002 MW: 0.75 of a chip fits
        site.deliver("tpu", 1);
        assertEquals(0.75, site.installedChips("gpu"), EPS);
        assertEquals(0, site.installedChips("tpu"), EPS, "the tpu waits behind the gpu");
        assertEquals(1.25, site.strandedChips(), EPS);
    }

    @Test
    void retirementTakesWaitingChipsFirstThenInstalledAndFreesPower() {
        Site site = site();
        site.addPower(2);
        site.deliver("gpu", 1_000);   // 2 MW: all installed
        site.deliver("gpu", 300);     // waits
        site.deliver("tpu", 100);     // waits behind
        site.retire("gpu", 400);      // 300 waiting, then 100 installed (0.2 MW): the tpu fit
        assertEquals(900, site.installedChips("gpu"), EPS);
        assertEquals(900, site.deliveredChips("gpu"), EPS);
        assertEquals(100, site.installedChips("tpu"), EPS);
        assertEquals(0, site.strandedChips(), EPS);
        assertEquals(1.9, site.powerUsedMw(), EPS);
        assertEquals(900 * 2.5 + 100 * 1.5, site.installedH100e(), EPS);
        site.retire("gpu", 5_000);    // no more than it has
        assertEquals(0, site.installedChips("gpu"), EPS);
        assertEquals(0, site.deliveredChips("gpu"), EPS);
        assertEquals(0.1, site.powerUsedMw(), EPS);
        assertEquals(100 * 1.5, site.installedH100e(), EPS);
    }

    @Test
    void retiringPartOfAWaitingBatchKeepsTheRestWaiting() {
        Site site = site();
        site.deliver("gpu", 50);
        site.deliver("tpu", 30);
        site.retire("gpu", 20);
        assertEquals(60, site.strandedChips(), EPS);
        assertEquals(30, site.deliveredChips("gpu"), EPS);
        site.addPower(1);
        assertEquals(30, site.installedChips("gpu"), EPS);
        assertEquals(30, site.installedChips("tpu"), EPS);
        site.planRetirement(100, "gpu", 30);
        assertEquals(List.of(new Site.Retirement(100, "gpu", 30)), site.retirements());
    }

    @Test
    void overlappingOutagesHoldTheSiteDownUntilTheLastEnds() {
        Site site = site();
        site.addPower(4);
        site.deliver("gpu", 100);
        assertTrue(site.isUp());
        assertEquals(100, site.upChips("gpu"), EPS);
        site.beginOutage();
        site.beginOutage();
        assertFalse(site.isUp());
        assertEquals(0, site.upChips("gpu"));
        assertEquals(100, site.installedChips("gpu"), EPS, "down chips stay installed");
        site.endOutage();
        assertFalse(site.isUp());
        site.endOutage();
        assertTrue(site.isUp());
        site.endOutage();
        assertTrue(site.isUp(), "an extra end does not count ahead");
        site.beginOutage();
        assertFalse(site.isUp());
    }

    @Test
    void plannedPowerCountsFromEachDueDateOrItsExpectedDelay() {
        Site site = site();
        // Six milestones, more than the initial table holds.
        for (int i = 0; i < 6; i++) {
            site.addNominalMilestone(100 * (i + 1), i + 1, 50);
        }
        site.addNominalMilestone(1_000, 0.5);
        assertEquals(0, site.nominalPowerMwAt(99), EPS);
        assertEquals(1, site.nominalPowerMwAt(100), EPS);
        assertEquals(1 + 2 + 3, site.nominalPowerMwAt(300), EPS);
        assertEquals(21.5, site.nominalPowerMwAt(1_000), EPS);
        assertEquals(0, site.expectedPowerMwAt(149), EPS);
        assertEquals(1, site.expectedPowerMwAt(150), EPS);
        assertEquals(1 + 2 + 3, site.expectedPowerMwAt(350), EPS);
        assertEquals(21, site.expectedPowerMwAt(999), EPS);
        assertEquals(21.5, site.expectedPowerMwAt(1_000), EPS);
        Site.NominalDeliveries schedule = new Site.NominalDeliveries("gpu", 40, new double[] {0, 2_190});
        site.addNominalDeliveries(schedule);
        assertEquals(List.of(schedule), site.nominalDeliveries());
        assertEquals(0, schedule.expectedSlipHours());
    }

    /**
     * Milestones due out of order are read one by one, not as a prefix: 2.5 MW due at hour 100
     * but expected 400 h late (hour 500), 1.25 MW due and expected at hour 200, then 0.75 MW due
     * at hour 50, before the others. At hour 300 only the second is expected (1.25 MW); on
     * planned dates at hour 60 only the third is due (0.75 MW), at hour 150 the first and third
     * (3.25 MW).
     */
    @Test
    void milestonesOutOfDateOrderAreReadOneByOne() {
        Site site = site();
        site.addNominalMilestone(100, 2.5, 400);
        site.addNominalMilestone(200, 1.25, 0);
        assertEquals(2.5, site.nominalPowerMwAt(150), EPS);
        assertEquals(1.25, site.expectedPowerMwAt(300), EPS);
        assertEquals(3.75, site.expectedPowerMwAt(500), EPS);
        site.addNominalMilestone(50, 0.75, 0);
        assertEquals(0.75, site.nominalPowerMwAt(60), EPS);
        assertEquals(3.25, site.nominalPowerMwAt(150), EPS);
        assertEquals(4.5, site.nominalPowerMwAt(250), EPS);
        assertEquals(2.0, site.expectedPowerMwAt(300), EPS);
        assertEquals(0, site.expectedPowerMwAt(49), EPS);
    }

    @Test
    void aFullTableOfMilestonesIsReadToItsLastEntryOnly() {
        Site site = site();
        for (int i = 0; i < 4; i++) {
            site.addNominalMilestone(10 * i, 1.5, 5);
        }
        assertEquals(6, site.nominalPowerMwAt(1_000), EPS);
        assertEquals(6, site.expectedPowerMwAt(1_000), EPS);
    }

    @Test
    void nothingDeliveredLeavesNoTrace() {
        Site site = site();
        site.deliver("tpu", 0);
        assertEquals(List.of(), iterate(site.acceleratorsDelivered()));
        assertEquals(0, site.strandedChips());
    }

    @Test
    void aRoundingResidueOfALargeBatchIsNotLeftStranded() {
        Site site = site();
        site.addPower(2_000);   // room for 1,000,000 gpu at 0.002 MW
        site.deliver("gpu", 1_000_000.0001);
        assertEquals(0, site.strandedChips(), "0.0001 of a chip in a million is rounding");
        assertEquals(1_000_000, site.installedChips("gpu"), 1e-3);
    }

    private static List<String> iterate(Iterable<String> ids) {
        List<String> list = new ArrayList<>();
        ids.forEach(list::add);
        return list;
    }
}
