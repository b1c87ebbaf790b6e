package org.gigasim.model.clause;

/** A fiscal quarter end of the contract's cloud, as clauses see it. */
public interface SettlementRound {

    /** The current time, in hours since the scenario start. */
    double timeHours();

    /** Hours in the quarter just ended. */
    double quarterHours();

    /** Chip-hours the contract reserved in the quarter just ended. */
    double reservedChipHours();

    /** Chip-hours of reserved capacity the lab actually used in the quarter. */
    double usedChipHours();

    /** The contract's price per chip-hour. */
    double priceUsdPerChipHour();

    /** Charges the lab {@code usd} (revenue to the cloud), saying why. */
    void charge(double usd, String reason);
}
