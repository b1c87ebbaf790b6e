package org.gigasim.model.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

class SiteByPositionTest {

    private static AcceleratorSpec chip(String id, double kw) {
        return new AcceleratorSpec(id, "nvidia", null, kw, 1.0, null, null, List.of());
    }

    /**
     * Accelerators a (1 kW) and b (2 kW) at PUE 1.5: a b-chip draws 2 × 1.5 / 1000 = 0.003 MW.
     * Delivering 100 b-chips, then 30 a-chips, and retiring 40 b-chips leaves 30 and 60, read
     * by position in the map's order (a first) whatever the delivery order; an outage takes
     * them all out of capacity.
     */
    @Test
    void positionsFollowTheAcceleratorMapOrder() {
        Map<String, AcceleratorSpec> accelerators = new LinkedHashMap<>();
        accelerators.put("a", chip("a", 1.0));
        accelerators.put("b", chip("b", 2.0));
        Site site = new Site(new SiteSpec("s", null, 1.5, null, null, null, null), "c", accelerators);
        site.addPower(1.0);
        site.deliver("b", 100);
        site.deliver("a", 30);
        site.retire("b", 40);
        assertEquals(30, site.deliveredChips(0), 1e-12);
        assertEquals(60, site.deliveredChips(1), 1e-12);
        assertEquals(site.deliveredChips("b"), site.deliveredChips(1));
        assertEquals(0.0015, site.facilityMwPerChip(0), 1e-15);
        assertEquals(site.facilityMwPerChip("b"), site.facilityMwPerChip(1));
        // 1 MW powers all of them (30 × 0.0015 + 60 × 0.003 = 0.225 MW), so all are installed and up.
        assertEquals(60, site.upChips(1), 1e-12);
        assertEquals(site.upChips("a"), site.upChips(0));
        site.beginOutage();
        assertEquals(0, site.upChips(1));
    }
}
