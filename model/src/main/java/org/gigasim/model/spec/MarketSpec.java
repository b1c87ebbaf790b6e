package org.gigasim.model.spec;

import java.time.LocalDate;

/**
 * How short of compute the market is: at {@code at}, each lab's expected demand is
 * {@code demandToSupply} times the effective capacity its contracts (those of the file and
 * those its {@code sign_contract} events sign by then) reserve at that date. Each lab's
 * inference demand levels are scaled to make it so (docs/model.md section 8). With
 * {@code through}, the ratio holds again on each anniversary of {@code at} up to that date,
 * against the contracts signed by each: the demand's growth between those dates follows the
 * labs' contracted compute.
 *
 * @param demandToSupply expected demand over contracted effective capacity at {@code at} (greater than 0, at most 10)
 * @param at the date the ratio holds
 * @param through the last date on which it holds again, yearly from {@code at} (null: only at {@code at})
 */
public record MarketSpec(double demandToSupply, LocalDate at, LocalDate through) {

    /** The largest ratio accepted: beyond it no contract book means anything. */
    public static final double MAX_RATIO = 10;

    public MarketSpec {
        Checks.require("market at", at);
        if (!(demandToSupply > 0) || demandToSupply > MAX_RATIO) {
            throw new IllegalArgumentException("market demand_to_supply must be above 0 and at most " + MAX_RATIO
                    + ", but was " + demandToSupply);
        }
        if (through != null && through.isBefore(at)) {
            throw new IllegalArgumentException("market through " + through + " must not be before at " + at);
        }
    }

    /** A ratio that holds at one date only. */
    public MarketSpec(double demandToSupply, LocalDate at) {
        this(demandToSupply, at, null);
    }
}
