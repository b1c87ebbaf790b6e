package org.gigasim.model.cloud;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

/** Each contract's chips per region, allocation after allocation, by hand. */
class RegionalAllocationTest {

    private static final double EPS = 1e-9;
    private static final List<String> ACCELERATORS = List.of("gpu", "tpu");
    private static final Map<String, AcceleratorSpec> SPECS = new LinkedHashMap<>();

    static {
        SPECS.put("gpu", new AcceleratorSpec("gpu", "nvidia", null, 1.6, 2.5, null, null, List.of()));
        SPECS.put("tpu", new AcceleratorSpec("tpu", "google", null, 0.8, 1.5, null, null, List.of()));
    }

    /** A site in its own region with 1,000 gpu, all powered (1.6 kW × PUE 1.25 = 2 kW a chip, 2 MW). */
    private static Site site(String id) {
        Site site = new Site(new SiteSpec(id, null, 1.25, null, null, null, null), "c", SPECS);
        site.addPower(2.0);
        site.deliver("gpu", 1_000);
        return site;
    }

    private static Contract contract(String id, double chips, double start, double end) {
        return new Contract(id, "lab", "c", "gpu", 0, 0, 1, chips, start, end, 0, 3.5, 0, "file");
    }

    @Test
    void aContractOutOfItsTermHoldsNoChipsInAnyRegion() {
        Cloud cloud = new Cloud(new CloudSpec("c", null, null, Map.of("gpu", new PriceSpec(3.5, 7.0)), 0.0, 0.0, 0.0,
                List.of()));
        cloud.addSite(site("a"));
        cloud.addSite(site("b"));
        cloud.trackRegions();
        cloud.addContract(contract("k1", 600, 0, 100));
        cloud.addContract(contract("k2", 400, 200, 300));
        double[] allocation = new double[2];

        // k1 draws its 600 chips from a and b in proportion to their free chips: 300 each.
        cloud.allocate(50, allocation, ACCELERATORS);
        assertArrayEquals(new double[] {600, 0}, allocation, EPS);
        assertArrayEquals(new double[] {300, 300}, cloud.contractRegionChips(0), EPS);
        assertArrayEquals(new double[] {0, 0}, cloud.contractRegionChips(1), EPS);
        assertArrayEquals(new double[] {700, 0}, cloud.regionFreeChips(0), EPS);
        assertArrayEquals(new double[] {1_400, 0}, cloud.freeChips(), EPS);

        // Between the terms nobody holds anything: k1's row from the last allocation is cleared.
        cloud.allocate(150, allocation, ACCELERATORS);
        assertArrayEquals(new double[] {0, 0}, allocation, EPS);
        assertArrayEquals(new double[] {0, 0}, cloud.contractRegionChips(0), EPS);
        assertArrayEquals(new double[] {0, 0}, cloud.contractRegionChips(1), EPS);
        assertArrayEquals(new double[] {1_000, 0}, cloud.regionFreeChips(1), EPS);
        assertArrayEquals(new double[] {2_000, 0}, cloud.freeChips(), EPS);

        // k2's term: 200 chips from each site; k1's row stays clear.
        cloud.allocate(250, allocation, ACCELERATORS);
        assertArrayEquals(new double[] {0, 400}, allocation, EPS);
        assertArrayEquals(new double[] {0, 0}, cloud.contractRegionChips(0), EPS);
        assertArrayEquals(new double[] {200, 200}, cloud.contractRegionChips(1), EPS);
        assertArrayEquals(new double[] {800, 0}, cloud.regionFreeChips(0), EPS);

        // After both terms, both rows are clear again.
        cloud.allocate(300, allocation, ACCELERATORS);
        assertArrayEquals(new double[] {0, 0}, cloud.contractRegionChips(1), EPS);
        assertArrayEquals(new double[] {2_000, 0}, cloud.freeChips(), EPS);
    }
}
