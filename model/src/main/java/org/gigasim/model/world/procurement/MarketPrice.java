package org.gigasim.model.world.procurement;

import org.gigasim.model.cloud.Cloud;

/**
 * The market's contract price for capacity signed now, as the contract lifecycle reads it (a
 * renewal is priced here): the cloud's current quote for the accelerator and term, which
 * follows its pricing curve and term discount (the list price without a {@code pricing} block).
 */
final class MarketPrice {

    private MarketPrice() {
    }

    /**
     * USD per chip-hour for {@code accelerator} on {@code cloud} signed at {@code t} for
     * {@code termYears}, or NaN if the cloud sells none.
     */
    static double contractUsdPerChipHour(Cloud cloud, String accelerator, double termYears, double t) {
        return cloud.contractPriceUsdPerChipHour(accelerator, termYears, t).orElse(Double.NaN);
    }
}
