package org.gigasim.model.clause;

/**
 * A cloud's answer to a capacity request: {@code chips} of one accelerator from
 * {@code startHours}, at {@code priceUsdPerChipHour}, worth {@code effectiveH100e} to the lab.
 */
public record Offer(String cloud, String accelerator, double chips, double effectiveH100e, double startHours,
        double priceUsdPerChipHour) {

    /** Dollars per effective H100e-hour, the price the lab compares. */
    public double effectivePrice() {
        return priceUsdPerChipHour * chips / effectiveH100e;
    }
}
