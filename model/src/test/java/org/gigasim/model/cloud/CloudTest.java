package org.gigasim.model.cloud;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.site.Site;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.PricePointSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.PricingSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

/** A cloud's prices, allocation to contracts, backlog and revenue, by hand. */
class CloudTest {

    private static final double EPS = 1e-9;
    private static final List<String> ACCELERATORS = List.of("gpu", "tpu");
    /** In {@link #ACCELERATORS}' order, as the world gives them: a site's positions follow this map's order. */
    private static final Map<String, AcceleratorSpec> SPECS = new java.util.LinkedHashMap<>();

    static {
        SPECS.put("gpu", new AcceleratorSpec("gpu", "nvidia", null, 1.6, 2.5, null, null, List.of()));
        SPECS.put("tpu", new AcceleratorSpec("tpu", "google", null, 0.8, 1.5, null, null, List.of()));
    }

    /** On demand: 0.8 of list at or below 50% sold, rising to 1.6 at 100%; contracts 1.2 above 90%; 10% a year off. */
    private static final PricingSpec CURVES = new PricingSpec(
            List.of(new PricePointSpec(0.5, 0.8), new PricePointSpec(1.0, 1.6)),
            List.of(new PricePointSpec(0.9, 1.0), new PricePointSpec(1.0, 1.2)), 0.1, 3.0);

    private static Cloud cloud(PricingSpec pricing) {
        return new Cloud(new CloudSpec("c", null, 7, Map.of("gpu", new PriceSpec(3.5, 7.0)), 1e9, 4e8, 0.4, List.of(),
                pricing, null));
    }

    private static Site site(String id, double pue, double mw, double gpus, double tpus) {
        Site site = new Site(new SiteSpec(id, null, pue, null, null, null, null), "c", SPECS);
        site.addPower(mw);
        site.deliver("gpu", gpus);
        site.deliver("tpu", tpus);
        return site;
    }

    private static Contract contract(String id, int accelerator, double chips, double start, double end) {
        return new Contract(id, "lab", "c", ACCELERATORS.get(accelerator), 0, accelerator, 1, chips, start, end, 0,
                3.5, 0, "file");
    }

    @Test
    void pricesFollowTheCurvesOfTheLastSoldShare() {
        Cloud cloud = cloud(CURVES);
        assertEquals(7, cloud.fiscalCalendar().startMonth());
        assertEquals(0, cloud.soldShare());
        assertArrayEquals(new double[] {7.0, 0}, cloud.onDemandPrices(ACCELERATORS));
        cloud.setSoldShare(0.75);   // on demand 0.8 + 0.8 × 0.25 / 0.5 = 1.2; contract 1.0
        assertEquals(0.75, cloud.soldShare());
        assertArrayEquals(new double[] {7.0 * 1.2, 0}, cloud.onDemandPrices(ACCELERATORS), EPS);
        assertEquals(7.0 * 1.2, cloud.onDemandPriceUsdPerChipHour("gpu").getAsDouble(), EPS);
        assertFalse(cloud.onDemandPriceUsdPerChipHour("tpu").isPresent());
        // A 5-year term at reference 3: 0.9² = 0.81.
        assertEquals(3.5 * 0.81, cloud.contractPriceUsdPerChipHour("gpu", 5, 0).getAsDouble(), EPS);
        cloud.setSoldShare(0.95);   // on demand 0.8 + 0.8 × 0.45 / 0.5 = 1.52; contract 1.1
        assertEquals(7.0 * 1.52, cloud.onDemandPrices(ACCELERATORS)[0], EPS);
        assertEquals(3.5 * 1.1 * 0.9, cloud.contractPriceUsdPerChipHour("gpu", 4, 0).getAsDouble(), EPS);
        assertFalse(cloud.contractPriceUsdPerChipHour("tpu", 4, 0).isPresent());
        assertSame(cloud.pricing(), cloud.pricing());
        assertEquals(3.0, cloud.pricing().referenceTermYears());
    }

    @Test
    void theSameSoldShareAgainChangesNoPrice() {
        Cloud cloud = cloud(CURVES);
        cloud.setSoldShare(0.0);    // the first share sets the factors: on demand 0.8, contract 1.0 (the curves' first points)
        long first = cloud.priceChanges();
        assertEquals(7.0 * 0.8, cloud.onDemandPrices(ACCELERATORS)[0], EPS);
        cloud.setSoldShare(0.75);
        cloud.setSoldShare(0.75);   // a decision prices its sales twice, at the same share
        assertEquals(first + 1, cloud.priceChanges(),
                "0.75 moves the on-demand factor (the contract curve is flat below 0.9), the repeat nothing");
        assertEquals(7.0 * 1.2, cloud.onDemandPrices(ACCELERATORS)[0], EPS);
        cloud.setSoldShare(0.95);
        assertEquals(7.0 * 1.52, cloud.onDemandPrices(ACCELERATORS)[0], EPS);
        assertEquals(0.95, cloud.soldShare());
    }

    @Test
    void aCurveIsFlatBeyondItsLastPoint() {
        Pricing pricing = new Pricing(new PricingSpec(List.of(new PricePointSpec(0.2, 0.9),
                new PricePointSpec(0.6, 1.3)), null, null, null));
        assertEquals(1.3, pricing.onDemandFactor(0.95), 0);
        assertEquals(1.1, pricing.onDemandFactor(0.4), 1e-12);
        assertEquals(0.9, pricing.onDemandFactor(0.1), 0);
    }

    @Test
    void aPriceChangeKeepsWhatItDoesNotName() {
        Cloud cloud = cloud(null);
        assertEquals(7.0, cloud.onDemandPrices(ACCELERATORS)[0]);
        cloud.changePrice("gpu", null, 9.0);
        assertEquals(new PriceSpec(3.5, 9.0), cloud.price("gpu"));
        assertEquals(9.0, cloud.onDemandPrices(ACCELERATORS)[0], "the cached prices are dropped");
        cloud.changePrice("gpu", 4.0, null);
        assertEquals(new PriceSpec(4.0, 9.0), cloud.price("gpu"));
        cloud.changePrice("tpu", null, 2.0);
        assertEquals(new PriceSpec(0, 2.0), cloud.price("tpu"));
        assertArrayEquals(new double[] {9.0, 2.0}, cloud.onDemandPrices(ACCELERATORS));
        cloud.setSoldShare(0.99);
        assertArrayEquals(new double[] {9.0, 2.0}, cloud.onDemandPrices(ACCELERATORS), "fixed prices hold");
    }

    @Test
    void referencePueIsTheMeanOfItsSites() {
        Cloud cloud = cloud(null);
        assertEquals(1.2, cloud.referencePue());
        cloud.addSite(site("a", 1.1, 0, 0, 0));
        cloud.addSite(site("b", 1.4, 0, 0, 0));
        assertEquals(1.25, cloud.referencePue(), EPS);
        assertEquals(2, cloud.sites().size());
    }

    @Test
    void upChipsGoToActiveContractsInSigningOrderAndTheRestIsFree() {
        Cloud cloud = cloud(null);
        // Site a: PUE 1.25, 1,000 gpu (2 MW) and 500 tpu (0.5 MW); site b: 300 gpu.
        cloud.addSite(site("a", 1.25, 2.5, 1_000, 500));
        Site b = site("b", 1.25, 0.6, 300, 0);
        cloud.addSite(b);
        cloud.addContract(contract("k1", 0, 900, 0, 100));
        cloud.addContract(contract("k2", 0, 600, 0, 100));
        cloud.addContract(contract("k3", 1, 200, 50, 100));
        cloud.addContract(contract("k4", 0, 10, 0, 10));
        assertEquals(1_300, cloud.upChips("gpu"), EPS);
        double[] allocation = new double[4];
        cloud.allocate(20, allocation, ACCELERATORS);
        assertArrayEquals(new double[] {900, 400, 0, 0}, allocation, EPS);
        assertArrayEquals(new double[] {1_300, 500}, cloud.upChipsByIndex(), EPS);
        assertArrayEquals(new double[] {0, 500}, cloud.freeChips(), EPS);
        cloud.allocate(60, allocation, ACCELERATORS);
        assertArrayEquals(new double[] {900, 400, 200, 0}, allocation, EPS);
        assertArrayEquals(new double[] {0, 300}, cloud.freeChips(), EPS);

        b.beginOutage();
        cloud.allocate(60, allocation, ACCELERATORS);
        assertArrayEquals(new double[] {900, 400, 200, 0}, allocation, EPS, "an outage counts once marked");
        cloud.markCapacityChanged();
        cloud.allocate(60, allocation, ACCELERATORS);
        assertArrayEquals(new double[] {900, 100, 200, 0}, allocation, EPS);
        assertArrayEquals(new double[] {1_000, 500}, cloud.upChipsByIndex(), EPS);
    }

    @Test
    void aLabsOwnCloudLeavesNoChipFreeAfterAnyAllocation() {
        Cloud own = new Cloud(new CloudSpec("c", "self", null, Map.of(), null, null, null, List.of(), null, null,
                "lab", null));
        // 1,000 gpu (2 MW) and 500 tpu (0.5 MW), all powered: all up, none free to sell.
        Site a = site("a", 1.25, 2.5, 1_000, 500);
        own.addSite(a);
        double[] allocation = new double[0];
        own.allocate(10, allocation, ACCELERATORS);
        assertArrayEquals(new double[] {1_000, 500}, own.upChipsByIndex(), EPS);
        assertArrayEquals(new double[] {0, 0}, own.freeChips(), EPS);
        own.allocate(20, allocation, ACCELERATORS);
        assertArrayEquals(new double[] {0, 0}, own.freeChips(), EPS);
        a.deliver("gpu", 250);
        a.addPower(0.5);
        own.markCapacityChanged();
        own.allocate(30, allocation, ACCELERATORS);
        assertArrayEquals(new double[] {1_250, 500}, own.upChipsByIndex(), EPS);
        assertArrayEquals(new double[] {0, 0}, own.freeChips(), EPS);
    }

    @Test
    void backlogIsRemainingContractValuePlusTheOtherBacklogSolvedExactly() {
        Cloud cloud = cloud(null);
        // B(t) = b/r + (B0 − b/r)·e^(−r·years): b = 4e8, r = 0.4, B0 = 1e9, steady 1e9: it stays at 1e9.
        assertEquals(1e9, cloud.otherBacklogUsd(8_760 * 3), 1);
        Cloud growing = new Cloud(new CloudSpec("g", null, null, Map.of(), 5e8, 4e8, 0.4, List.of()));
        double expected = 1e9 + (5e8 - 1e9) * Math.exp(-0.4 * 1.5);
        assertEquals(expected, growing.otherBacklogUsd(8_760 * 1.5), 1e-3);
        Cloud noRecognition = new Cloud(new CloudSpec("n", null, null, Map.of(), 5e8, 4e8, 0.0, List.of()));
        assertEquals(5e8 + 4e8 * 2.5, noRecognition.otherBacklogUsd(8_760 * 2.5), 1e-3);

        growing.addContract(contract("k", 0, 100, 0, 1_000));
        growing.addContract(contract("j", 0, 40, 200, 500));
        // At 300 h: 700 h × 100 chips + 200 h × 40 chips, at 3.5 $.
        double contracts = 3.5 * (700 * 100 + 200 * 40);
        assertEquals(contracts + growing.otherBacklogUsd(300), growing.backlogUsd(300), 1e-3);
    }

    @Test
    void revenueIsCountedInTotalAndByQuarter() {
        Cloud cloud = cloud(null);
        cloud.recognise(100);
        cloud.recognise(250);
        cloud.recogniseOnDemand(250);
        assertEquals(350, cloud.revenueUsd());
        assertEquals(250, cloud.onDemandRevenueUsd());
        assertEquals(350, cloud.closeQuarter());
        cloud.recognise(40);
        assertEquals(40, cloud.closeQuarter());
        assertEquals(0, cloud.closeQuarter());
        assertEquals(390, cloud.revenueUsd());
        assertEquals("c", cloud.id());
        assertEquals(List.of(), cloud.contracts());
        Contract k = contract("k", 0, 10, 0, 100);
        cloud.addContract(k);
        assertEquals(List.of(k), cloud.contracts());
        assertEquals(0.4, cloud.spec().otherRecognitionPerYear());
    }
}
