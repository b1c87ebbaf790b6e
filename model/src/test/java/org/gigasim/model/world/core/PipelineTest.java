package org.gigasim.model.world.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

/**
 * A cloud's pipeline read by hand. At PUE 1.25 chip x (1.6 kW IT) draws 0.002 MW and chip y
 * (0.8 kW IT) 0.001 MW. Site s has 300 x and 400 y delivered (1.0 MW of chips); 1.0 MW is
 * planned at hour 0 and 0.5 MW at hour 1 000, expected 1 500 h late (hour 2 500); 100 x are due
 * at hours 500, 1 500 and 2 500, expected 600 h late; 150 y retire at hour 1 200. Site e has
 * 0.3 MW planned and no chips, site z nothing (neither adds anything). Contracts: 250 x over
 * hours 0 to 5 000; 300 y over 0 to 5 000,
 * ramping over 2 920 h (at hour 2 000 it reserves 300 × (1 460 + 2 190) / 5 840 = 187.5, yet
 * the pipeline counts the whole 300 of an active contract); 1 000 x from hour 3 000.
 */
class PipelineTest {

    private static final AcceleratorSpec X = new AcceleratorSpec("x", "nvidia", null, 1.6, 2.5, null, null, List.of());
    private static final AcceleratorSpec Y = new AcceleratorSpec("y", "amd", null, 0.8, 1.0, null, null, List.of());

    private static Indices world() {
        Cloud cloud = new Cloud(new CloudSpec("c", null, null,
                Map.of("x", new PriceSpec(3.0, 6.0), "y", new PriceSpec(1.5, 3.0)), null, null, null, List.of()));
        Map<String, AcceleratorSpec> accelerators = new LinkedHashMap<>();
        accelerators.put("x", X);
        accelerators.put("y", Y);
        Site s = new Site(new SiteSpec("s", "r", 1.25, Map.of(), List.of(), List.of(), null), "c", accelerators);
        s.deliver("x", 300);
        s.deliver("y", 400);
        s.addNominalMilestone(0, 1.0);
        s.addNominalMilestone(1000, 0.5, 1500);
        s.addNominalDeliveries(new Site.NominalDeliveries("x", 100, new double[] {500, 1500, 2500}, 600));
        s.planRetirement(1200, "y", 150);
        Site e = new Site(new SiteSpec("e", "r", 1.25, Map.of(), List.of(), List.of(), null), "c", accelerators);
        e.addNominalMilestone(0, 0.3);
        Site z = new Site(new SiteSpec("z", "r", 1.25, Map.of(), List.of(), List.of(), null), "c", accelerators);
        cloud.addSite(s);
        cloud.addSite(e);
        cloud.addSite(z);
        cloud.addContract(new Contract("kx", "lab", "c", "x", 0, 0, 0.5, 250, 0, 5000, 0, 3.0, 0, "policy"));
        cloud.addContract(new Contract("ky", "lab", "c", "y", 0, 1, 0.3, 300, 0, 5000, 2920, 1.5, 0, "policy"));
        cloud.addContract(new Contract("later", "lab", "c", "x", 0, 0, 2.0, 1000, 3000, 5000, 0, 3.0, 0, "policy"));
        return new Indices(List.of(), List.of(cloud), List.of(X, Y));
    }

    private static void assertFree(double x, double y, double now, double t, boolean expected) {
        Indices indices = world();
        assertArrayEquals(new double[] {x, y}, Pipeline.free(indices, indices.cloud(0), now, t, expected), 1e-9);
    }

    /**
     * Planned dates at hour 2 000: 1.5 MW, and the batches of hours 500 and 1 500 add 200 x (0.4 MW),
     * 1.4 MW of chips in all, all powered: 500 x − 250 = 250 and 400 y − 300 = 100. The retirement
     * is not read on planned dates.
     */
    @Test
    void onPlannedDatesDeliveriesDueAddAndEveryActiveContractTakesItsFullChips() {
        assertFree(250, 100, 0, 2000, false);
    }

    /** From hour 500 the batch due then is taken as delivered already: only the one of hour 1 500 adds, 400 x. */
    @Test
    void batchesDueAtOrBeforeNowAreNotCountedTwice() {
        assertFree(150, 100, 500, 2000, false);
    }

    /**
     * Expected dates at hour 2 000: 1.0 MW (the second milestone is expected at 2 500); only the
     * batch of hour 500 is expected by then (1 500 + 600 > 2 000): 400 x; the retirement takes 150
     * y: 250 y. Chips draw 0.8 + 0.25 = 1.05 MW, so 1 / 1.05 = 20/21 of them are powered:
     * 8 000/21 − 250 = 2 750/21 x and 5 000/21 − 300 = −1 300/21 y (its contract reserves more).
     */
    @Test
    void onExpectedDatesDelaysRetirementsAndShortPowerCount() {
        assertFree(2750.0 / 21, -1300.0 / 21, 0, 2000, true);
        // A retirement at the reading time counts: the same figures at hour 1 200.
        assertFree(2750.0 / 21, -1300.0 / 21, 0, 1200, true);
    }

    /**
     * At hour 1 100 the batch of hour 500, 600 h late, has just arrived (the retirement at 1 200 has
     * not): 400 x and 400 y draw 1.2 MW for 1.0 MW, 5/6 powered: 1 000/3 − 250 and 1 000/3 − 300 chips.
     */
    @Test
    void aBatchArrivingAtTheReadingTimeCounts() {
        assertFree(1000.0 / 3 - 250, 1000.0 / 3 - 300, 0, 1100, true);
    }

    /** Read from hour 1 200, the retirement then is already carried out: 300 x and 400 y for 1.0 MW. */
    @Test
    void aRetirementAtNowIsNotTakenAgain() {
        assertFree(50, 100, 1200, 2000, true);
    }

    /** Read from hour 1 300 nothing is due any more and the retirement is past: 1.0 MW for 1.0 MW of chips. */
    @Test
    void retirementsBeforeNowAreNotTakenAgain() {
        assertFree(50, 100, 1300, 2000, true);
    }

    /** At hour 4 000 the later contract's 1 000 x are active too; all three batches are due. */
    @Test
    void aContractCountsFromItsStart() {
        // 300 + 300 x and 400 y draw 1.6 MW for 1.5 MW: 15/16 powered, 562.5 x − 1 250 and 375 y − 300.
        assertFree(562.5 - 1250, 75, 0, 4000, false);
    }

    /**
     * Reading several times at once gives, row by row, exactly (to the bit) what reading each
     * time alone gives: before, between and after the milestones, deliveries, retirement and
     * contract starts above, on planned and on expected dates.
     */
    @Test
    void readingManyTimesAtOnceGivesEachSingleReadingExactly() {
        Indices indices = world();
        double[] ts = {100, 700, 1250, 2000, 2600, 3100, 4999, 5000};
        for (boolean expected : new boolean[] {false, true}) {
            double[][] rows = new double[ts.length][2];
            for (double[] row : rows) {
                java.util.Arrays.fill(row, 7.0);
            }
            Pipeline.free(indices, indices.cloud(0), 300, ts, expected, rows);
            for (int k = 0; k < ts.length; k++) {
                assertArrayEquals(Pipeline.free(indices, indices.cloud(0), 300, ts[k], expected), rows[k], 0.0,
                        "at " + ts[k] + (expected ? " on expected dates" : " on planned dates"));
            }
        }
    }
}
