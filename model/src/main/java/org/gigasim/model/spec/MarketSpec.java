package org.gigasim.model.spec;

import java.time.LocalDate;

/**
 * How short of compute the market is: at {@code at}, each lab's expected demand is
 * {@code demandToSupply} times the effective capacity its contracts (those of the file and
 * those its {@code sign_contract} events sign by then) reserve at that date. Each lab's
 * inference demand levels are scaled to make it so (docs/model.md section 8a).
 *
 * @param demandToSupply expected demand over contracted effective capacity at {@code at} (greater than 0, at most 10)
 * @param at the date the ratio holds
 */
public record MarketSpec(double demandToSupply, LocalDate at) {

    /** The largest ratio accepted: beyond it no contract book means anything. */
    public static final double MAX_RATIO = 10;

    public MarketSpec {
        Checks.require("market at", at);
        if (!(demandToSupply > 0) || demandToSupply > MAX_RATIO) {
            throw new IllegalArgumentException("market demand_to_supply must be above 0 and at most " + MAX_RATIO
                    + ", but was " + demandToSupply);
        }
    }
}
