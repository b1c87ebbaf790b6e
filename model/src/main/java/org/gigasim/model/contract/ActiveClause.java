package org.gigasim.model.contract;

import org.gigasim.model.clause.Clause;

/**
 * A clause attached to a contract, active from {@code fromHours} (inclusive) until
 * {@code untilHours} (exclusive); scenario events may move {@code untilHours}. It counts
 * the chip-hours the lab used of the contract while the clause was active.
 */
public final class ActiveClause {

    private final Clause clause;
    private final double fromHours;
    private double untilHours;
    private double usedChipHours;

    public ActiveClause(Clause clause, double fromHours, double untilHours) {
        this.clause = clause;
        this.fromHours = fromHours;
        this.untilHours = untilHours;
    }

    public Clause clause() {
        return clause;
    }

    public boolean isActiveAt(double timeHours) {
        return timeHours >= fromHours && timeHours < untilHours;
    }

    public double fromHours() {
        return fromHours;
    }

    public double untilHours() {
        return untilHours;
    }

    /** Ends or extends the clause: it is active before {@code hours} only. */
    public void setUntilHours(double hours) {
        untilHours = hours;
    }

    /** Chip-hours of the contract the lab used while this clause was active. */
    public double usedChipHours() {
        return usedChipHours;
    }

    void addUsed(double chipHours) {
        usedChipHours += chipHours;
    }
}
