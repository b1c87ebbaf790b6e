package org.gigasim.model.spec;

/**
 * The level a cloud's on-demand prices are read at: its on-demand price of {@code accelerator}
 * at a curve factor of 1 is {@code usdPerChipHour}, and every other accelerator's on-demand price
 * keeps its ratio to that one in the cloud's list.
 *
 * @param accelerator the accelerator whose price the level states; the cloud must list an on-demand price for it
 * @param usdPerChipHour the on-demand price of that accelerator at a curve factor of 1, in USD per chip-hour (above 0)
 */
public record PriceLevelSpec(String accelerator, double usdPerChipHour) {

    public PriceLevelSpec {
        Checks.requireId("pricing on_demand_level accelerator", accelerator);
        if (!(usdPerChipHour > 0)) {
            throw new IllegalArgumentException("pricing on_demand_level usd_per_chip_hour must be above 0, but was "
                    + usdPerChipHour);
        }
    }
}
