package org.gigasim.model.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

/**
 * A site counts its changes, and what it reports after a change is read afresh: observers
 * skip a site whose count is unchanged, so every change of what it shows must count.
 * Accelerator {@code gpu} draws 1 kW IT; at PUE 2 a chip draws 0.002 MW.
 */
class SiteChangesTest {

    private static Site site() {
        Map<String, AcceleratorSpec> accelerators = new LinkedHashMap<>();
        accelerators.put("gpu", new AcceleratorSpec("gpu", "nvidia", null, 1.0, 2.0, null, null, List.of()));
        accelerators.put("tpu", new AcceleratorSpec("tpu", "google", null, 1.0, 1.0, null, null, List.of()));
        return new Site(new SiteSpec("s", "r", 2.0, null, null, null, null), "c", accelerators);
    }

    /** Delivering 300 chips on 0.4 MW strands 100; 0.1 MW more installs 50; retiring 30 waiting leaves 20. */
    @Test
    void strandedChipsFollowEveryChange() {
        Site site = site();
        site.addPower(0.4);
        long before = site.changes();
        site.deliver("gpu", 300);
        assertNotEquals(before, site.changes());
        assertEquals(100, site.strandedChips(), 1e-9);
        site.addPower(0.1);
        assertEquals(50, site.strandedChips(), 1e-9);
        site.retire("gpu", 30);
        assertEquals(20, site.strandedChips(), 1e-9);
        assertEquals(250 * 2.0, site.installedH100e(), 1e-9);
    }

    /** An outage's start and end are changes too, as is a delivery of nothing not. */
    @Test
    void outagesCountAsChangesAndEmptyDeliveriesDoNot() {
        Site site = site();
        long start = site.changes();
        site.deliver("gpu", 0);
        assertEquals(start, site.changes());
        site.beginOutage();
        long down = site.changes();
        assertNotEquals(start, down);
        site.endOutage();
        assertNotEquals(down, site.changes());
    }

    /** Chips read by id match those read by position, and an accelerator never delivered reads zero. */
    @Test
    void chipsByIdMatchChipsByPosition() {
        Site site = site();
        site.addPower(0.1);
        site.deliver("gpu", 80);
        assertEquals(50, site.installedChips("gpu"), 1e-9);
        assertEquals(80, site.deliveredChips("gpu"), 1e-9);
        assertEquals(site.deliveredChips(0), site.deliveredChips("gpu"));
        assertEquals(0, site.installedChips("tpu"));
        assertEquals(0, site.deliveredChips("tpu"));
        assertEquals(0, site.installedChips("unknown"));
        assertEquals(0.002, site.facilityMwPerChip("gpu"), 1e-15);
        assertEquals(site.facilityMwPerChip(1), site.facilityMwPerChip("tpu"));
    }
}
