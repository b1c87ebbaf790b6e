package org.gigasim.model.spec;

/**
 * One point of a price curve: at {@code utilization} (the share of a cloud's up capacity that
 * is sold, 0 to 1) prices are {@code factor} times the list price.
 */
public record PricePointSpec(double utilization, double factor) {

    public PricePointSpec {
        if (!(utilization >= 0 && utilization <= 1)) {
            throw new IllegalArgumentException("price curve utilization must be from 0 to 1, but was " + utilization);
        }
        if (!(factor > 0 && factor <= 100)) {
            throw new IllegalArgumentException("price curve factor must be above 0 and at most 100, but was " + factor);
        }
    }
}
