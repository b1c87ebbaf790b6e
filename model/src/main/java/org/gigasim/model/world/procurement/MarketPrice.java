package org.gigasim.model.world.procurement;

import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.spec.PriceSpec;

/**
 * The market's contract price for capacity signed now, as the contract lifecycle reads it (a
 * renewal is priced here): today, the cloud's contract list price for the accelerator. Pricing
 * that responds to the market changes this one method.
 */
final class MarketPrice {

    private MarketPrice() {
    }

    /** USD per chip-hour for {@code accelerator} on {@code cloud} signed at {@code t}, or NaN if the cloud sells none. */
    static double contractUsdPerChipHour(Cloud cloud, String accelerator, double t) {
        PriceSpec price = cloud.price(accelerator);
        return price == null ? Double.NaN : price.contract();
    }
}
