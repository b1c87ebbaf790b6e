package org.gigasim.model.clause;

/**
 * A fiscal quarter end of the contract's cloud, as a clause sees it: the figures cover
 * the part of the quarter during which the clause was active.
 */
public interface SettlementRound {

    /** The current time, in hours since the scenario start. */
    double timeHours();

    /** Hours of the quarter during which the clause was active. */
    double quarterHours();

    /** Chip-hours the contract reserved while the clause was active in the quarter. */
    double reservedChipHours();

    /** Chip-hours of reserved capacity the lab actually used while the clause was active. */
    double usedChipHours();

    /** The contract's price per chip-hour. */
    double priceUsdPerChipHour();

    /**
     * Charges the lab {@code usd} of the contract's value it would otherwise not pay
     * (revenue to the cloud, spend of the lab), saying why. The charge is capped at the
     * value the contract has forfeited so far, so signed = recognised + forfeited +
     * remaining still holds. Returns the amount charged.
     */
    double charge(double usd, String reason);
}
