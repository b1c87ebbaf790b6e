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

    /** The same offer at {@code usd} per effective H100e-hour. */
    public Offer withEffectivePrice(double usd) {
        return new Offer(cloud, accelerator, chips, effectiveH100e, startHours, usd * effectiveH100e / chips);
    }

    /** The same offer cut down to {@code h100e} effective H100e (never enlarged). */
    public Offer upTo(double h100e) {
        if (h100e >= effectiveH100e) {
            return this;
        }
        double share = Math.max(0, h100e) / effectiveH100e;
        return new Offer(cloud, accelerator, chips * share, effectiveH100e * share, startHours, priceUsdPerChipHour);
    }
}
