package org.gigasim.model.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.PriceLevelSpec;
import org.gigasim.model.spec.PricePointSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.PricingSpec;
import org.junit.jupiter.api.Test;

/**
 * On-demand prices read at a stated level: the named accelerator's price at a curve factor of 1
 * is the level, the others keep their list ratio to it, and the curve and later list changes act
 * on top. Contract prices do not move.
 */
class OnDemandLevelTest {

    private static final List<String> IDS = List.of("h", "g");

    /** Lists h at 3.1 contract and 6.2 on demand, g at 4.5 and 9.3; on demand 0.5× at 0.4 sold, 1× at 0.8, 1.6× at 1. */
    private static Cloud cloud(PriceLevelSpec level) {
        PricingSpec pricing = new PricingSpec(
                List.of(new PricePointSpec(0.4, 0.5), new PricePointSpec(0.8, 1.0), new PricePointSpec(1.0, 1.6)),
                List.of(), 0.0, 1.0, null, level);
        return new Cloud(new CloudSpec("c", null, null,
                Map.of("h", new PriceSpec(3.1, 6.2), "g", new PriceSpec(4.5, 9.3)), null, null, null, List.of(),
                pricing, null));
    }

    /**
     * A level of 2.48 for h is 2.48 / 6.2 = 0.4 of the list. At a sold share of 0.9 the curve is
     * 1.3, so h sells at 6.2 × 0.4 × 1.3 = 3.224 and g at 9.3 × 0.4 × 1.3 = 4.836 (g/h stays
     * 1.5, as listed); at 0.8, exactly the level for h: 2.48. The contract price stays 3.1.
     */
    @Test
    void levelScalesEveryOnDemandPriceAndKeepsListRatios() {
        Cloud cloud = cloud(new PriceLevelSpec("h", 2.48));
        cloud.setSoldShare(0.9);
        assertEquals(3.224, cloud.onDemandPrices(IDS)[0], 1e-12);
        assertEquals(4.836, cloud.onDemandPrices(IDS)[1], 1e-12);
        assertEquals(3.224, cloud.onDemandPriceUsdPerChipHour("h").getAsDouble(), 1e-12);
        assertEquals(3.1, cloud.contractPriceUsdPerChipHour("h", 1, 0).getAsDouble(), 1e-12);
        cloud.setSoldShare(0.8);
        assertEquals(2.48, cloud.onDemandPriceUsdPerChipHour("h").getAsDouble(), 1e-12);
    }

    /** Without a level the same curve reads the list: 6.2 × 1.3 = 8.06 at 0.9. */
    @Test
    void withoutALevelPricesAreReadAtTheList() {
        Cloud cloud = cloud(null);
        cloud.setSoldShare(0.9);
        assertEquals(8.06, cloud.onDemandPrices(IDS)[0], 1e-12);
    }

    /**
     * The multiplier is fixed from the list at the start: listing h on demand at 7.75 afterwards
     * sells it at 7.75 × 0.4 × 1.3 = 4.03 at 0.9, not at the level again.
     */
    @Test
    void aLaterListChangeMovesPricesByTheSameMultiplier() {
        Cloud cloud = cloud(new PriceLevelSpec("h", 2.48));
        cloud.changePrice("h", null, 7.75);
        cloud.setSoldShare(0.9);
        assertEquals(4.03, cloud.onDemandPrices(IDS)[0], 1e-12);
    }

    /** A level for an accelerator the cloud lists no on-demand price for is refused, naming it and the fix. */
    @Test
    void aLevelForAnUnlistedAcceleratorIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cloud(new PriceLevelSpec("x", 2.0)));
        assertTrue(e.getMessage().contains("on_demand_level names x"), e.getMessage());
        assertTrue(e.getMessage().contains("prices_usd_per_chip_hour"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PriceLevelSpec("h", 0));
    }
}
