package org.gigasim.model.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gigasim.model.spec.PricePointSpec;
import org.gigasim.model.spec.PricingSpec;
import org.junit.jupiter.api.Test;

/** The piecewise-linear price curves and the term factor, by hand. */
class PricingCurveTest {

    private final Pricing pricing = new Pricing(new PricingSpec(
            List.of(new PricePointSpec(0.4, 0.6), new PricePointSpec(0.8, 1.0), new PricePointSpec(1.0, 1.7)),
            List.of(), 0.25, 5.0));

    /** Flat at 0.6 below 0.4; 0.6 + 0.4 × (0.6 − 0.4) / 0.4 = 0.8 at 0.6; 1 + 0.7 × 0.1 / 0.2 = 1.35 at 0.9. */
    @Test
    void theOnDemandCurveInterpolatesAndIsFlatOutside() {
        assertEquals(0.6, pricing.onDemandFactor(0.0), 1e-12);
        assertEquals(0.6, pricing.onDemandFactor(0.4), 1e-12);
        assertEquals(0.8, pricing.onDemandFactor(0.6), 1e-12);
        assertEquals(1.0, pricing.onDemandFactor(0.8), 1e-12);
        assertEquals(1.35, pricing.onDemandFactor(0.9), 1e-12);
        assertEquals(1.7, pricing.onDemandFactor(1.0), 1e-12);
    }

    /** No contract curve: factor 1 at any share; a 6-year term at reference 5 costs 0.75, a 3-year 1 / 0.5625. */
    @Test
    void anEmptyCurveIsOneAndTermsCompound() {
        assertEquals(1.0, pricing.contractFactor(0.95), 0);
        assertEquals(0.75, pricing.termFactor(6), 1e-12);
        assertEquals(1 / 0.5625, pricing.termFactor(3), 1e-12);
        assertEquals(0.75, pricing.termFactor(6), 1e-12, "the factor of a term asked for again");
        assertEquals(1.0, Pricing.FIXED.termFactor(7), 0);
        assertEquals(1.0, Pricing.FIXED.onDemandFactor(0.99), 0);
    }

    @Test
    void curvesMustIncrease() {
        assertThrows(IllegalArgumentException.class, () -> new PricingSpec(
                List.of(new PricePointSpec(0.8, 1.0), new PricePointSpec(0.8, 1.2)), List.of(), null, null));
        assertThrows(IllegalArgumentException.class, () -> new PricePointSpec(1.2, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new PricingSpec(List.of(), List.of(), 1.0, null));
    }
}
