package org.gigasim.model.world.procurement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.core.Pipeline;
import org.junit.jupiter.api.Test;

class PipelineMemoTest {

    private static AcceleratorSpec chip(String id, double kw) {
        return new AcceleratorSpec(id, "nvidia", null, kw, 1.0, null, null, List.of());
    }

    /**
     * One site at PUE 1 with 1 MW planned at hour 0, 400 a-chips (1 kW) and 200 b-chips (2 kW)
     * delivered, and 300 more b-chips due at hour 100. Before then everything is powered
     * (0.8 MW); from then on 1.4 MW of chips share 1 MW, so each keeps 1/1.4 of its count.
     */
    @Test
    void readingsAreComputedOnceAndMatchThePipeline() {
        Map<String, AcceleratorSpec> accelerators = new LinkedHashMap<>();
        accelerators.put("a", chip("a", 1.0));
        accelerators.put("b", chip("b", 2.0));
        Cloud cloud = new Cloud(new CloudSpec("c", null, null, Map.of("a", new PriceSpec(1.0, 2.0)), null, null, null,
                List.of()));
        Site site = new Site(new SiteSpec("s", null, 1.0, null, null, null, null), "c", accelerators);
        site.addNominalMilestone(0, 1.0);
        site.addPower(1.0);
        site.deliver("a", 400);
        site.deliver("b", 200);
        site.addNominalDeliveries(new Site.NominalDeliveries("b", 300, new double[] {100}));
        cloud.addSite(site);
        Indices indices = new Indices(List.of(), List.of(cloud), List.copyOf(accelerators.values()));
        PipelineMemo memo = new PipelineMemo(indices);

        assertArrayEquals(new double[] {400, 200}, memo.free(cloud, 0, 50, false), 1e-9);
        double[] later = memo.free(cloud, 0, 200, false);
        assertArrayEquals(new double[] {400 / 1.4, 500 / 1.4}, later, 1e-9);
        assertSame(later, memo.free(cloud, 0, 200, false), "the second reading is the first one");
        double[] expected = memo.free(cloud, 0, 200, true);
        assertNotSame(later, expected, "readings on expected dates are kept apart");
        assertArrayEquals(Pipeline.free(indices, cloud, 0, 200, true), expected);
        for (int t = 1; t <= 20; t++) {
            memo.free(cloud, 0, 1000 + t, false);
        }
        assertEquals(400 / 1.4, memo.free(cloud, 0, 200, false)[0], 1e-9, "kept after the table grew");
    }
}
