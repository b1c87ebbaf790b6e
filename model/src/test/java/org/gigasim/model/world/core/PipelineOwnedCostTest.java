package org.gigasim.model.world.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

/**
 * What a lab pays to run its own cloud over a window, by hand. At PUE 1.25 chip x (1.6 kW IT)
 * draws 0.002 MW and chip y (0.8 kW IT) 0.001 MW. Lab o's cloud "own" (50 $ per MW-hour) has 300
 * x and 400 y delivered (1.0 MW) and 100 x (0.2 MW) due at hours 500, 1 500, 2 500 and 3 500,
 * each expected 600 h late. Lab p's own cloud and a cloud that sells, each with chips, cost lab
 * o nothing.
 */
class PipelineOwnedCostTest {

    private static final SimCalendar CALENDAR = new SimCalendar(LocalDate.of(2026, 1, 1));
    private static final AcceleratorSpec X = new AcceleratorSpec("x", "nvidia", null, 1.6, 2.5, null, null, List.of());
    private static final AcceleratorSpec Y = new AcceleratorSpec("y", "amd", null, 0.8, 1.0, null, null, List.of());

    private static Lab lab(String id) {
        return new Lab(new LabSpec(id, new DemandSpec(null, null, null, null), null, null, null), CALENDAR,
                new RandomStreams(1, 0));
    }

    private static Site site(String id, String cloud, double x, double y) {
        Map<String, AcceleratorSpec> accelerators = new LinkedHashMap<>();
        accelerators.put("x", X);
        accelerators.put("y", Y);
        Site site = new Site(new SiteSpec(id, "r", 1.25, Map.of(), List.of(), List.of(), null), cloud, accelerators);
        // y first: the first-delivery order differs from the world's index order.
        site.deliver("y", y);
        site.deliver("x", x);
        return site;
    }

    private static Indices world() {
        Cloud own = new Cloud(CloudSpec.self("own", "o", 50, List.of()));
        Site s = site("s", "own", 300, 400);
        s.addNominalDeliveries(new Site.NominalDeliveries("x", 100, new double[] {500, 1500, 2500, 3500}, 600));
        own.addSite(s);
        Cloud others = new Cloud(CloudSpec.self("others", "p", 70, List.of()));
        others.addSite(site("p", "others", 1000, 0));
        Cloud sells = new Cloud(new CloudSpec("sells", null, null, Map.of("x", new PriceSpec(3.0, 6.0)), null, null,
                null, List.of()));
        sells.addSite(site("h", "sells", 5000, 5000));
        return new Indices(List.of(lab("o"), lab("p")), List.of(others, own, sells), List.of(X, Y));
    }

    /**
     * Read at hour 1 000 for hours 1 000 to 3 000: the 1.0 MW owned for 2 000 h, and the batch of
     * hour 1 500, expected at 2 100, for 900 h (0.2 × 900 = 180 MW-h); the batch of hour 500 is
     * among the chips owned by now, and the one of hour 2 500 is expected at 3 100, after the
     * window: 2 180 MW-h at 50 $.
     */
    @Test
    void batchesDueByNowOrExpectedAfterTheWindowCostNothingMore() {
        assertEquals(2_180 * 50.0, Pipeline.ownedCostUsd(world(), 0, 1_000, 1_000, 3_000), 1e-6);
    }

    /**
     * Read at hour 0: the batch of hour 500 adds 0.2 MW from 1 100 (380 MW-h over 0 to 3 000); from
     * hour 1 200 on it counts from the window's start (0.2 × 1 800 = 360 MW-h).
     */
    @Test
    void aBatchExpectedBeforeTheWindowCountsFromItsStart() {
        assertEquals((3_000 + 380 + 180) * 50.0, Pipeline.ownedCostUsd(world(), 0, 0, 0, 3_000), 1e-6);
        assertEquals((1_800 + 360 + 180) * 50.0, Pipeline.ownedCostUsd(world(), 0, 0, 1_200, 3_000), 1e-6);
        assertEquals(0, Pipeline.ownedCostUsd(world(), 0, 0, 3_000, 3_000));
    }

    /** Lab p pays only for its own cloud's 1 000 x (2 MW) at 70 $: 2 × 100 × 70 over 100 hours. */
    @Test
    void aLabPaysForItsOwnCloudsOnly() {
        assertEquals(2 * 100 * 70.0, Pipeline.ownedCostUsd(world(), 1, 0, 0, 100), 1e-6);
    }
}
