package org.gigasim.model.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.PricePointSpec;
import org.gigasim.model.spec.PricingSpec;
import org.junit.jupiter.api.Test;

/** Prices read by the world's accelerator index agree with those read by id, and follow price changes. */
class CloudPricesByIndexTest {

    private static final List<String> IDS = List.of("a", "b");

    /**
     * Cloud lists a at 2 (contract) and 3 (on demand), b not at all; its term discount of 10%
     * a year against a 1-year reference makes a 3-year quote 2 × 0.9² = 1.62. A price change
     * that lists b at 4 and 5 shows at b's index at once.
     */
    @Test
    void indexReadsMatchIdReadsAndSeePriceChanges() {
        PricingSpec pricing = new PricingSpec(List.<PricePointSpec>of(), List.<PricePointSpec>of(), 0.1, 1.0);
        Cloud cloud = new Cloud(new CloudSpec("c", null, null, Map.of("a", new PriceSpec(2.0, 3.0)), null, null, null,
                List.of(), pricing, null));
        assertEquals(1.62, cloud.contractPriceUsdPerChipHour(0, 3, IDS), 1e-12);
        assertEquals(cloud.contractPriceUsdPerChipHour("a", 3, 0).getAsDouble(), cloud.contractPriceUsdPerChipHour(0, 3, IDS));
        assertEquals(0, cloud.contractPriceUsdPerChipHour(1, 3, IDS));
        assertEquals(3.0, cloud.onDemandPrices(IDS)[0]);
        assertEquals(0, cloud.onDemandPrices(IDS)[1]);

        cloud.changePrice("b", 4.0, 5.0);
        assertEquals(4.0, cloud.contractPriceUsdPerChipHour(1, 1, IDS), 1e-12);
        assertEquals(5.0, cloud.onDemandPrices(IDS)[1]);
    }
}
