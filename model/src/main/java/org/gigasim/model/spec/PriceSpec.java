package org.gigasim.model.spec;

/** A cloud's list prices for one accelerator, in US dollars per chip-hour. */
public record PriceSpec(double contract, double onDemand) {

    public PriceSpec {
        Checks.nonNegative("contract price", contract);
        Checks.nonNegative("on_demand price", onDemand);
    }
}
