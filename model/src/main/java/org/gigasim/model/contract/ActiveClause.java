package org.gigasim.model.contract;

import org.gigasim.model.clause.Clause;
import org.gigasim.model.spec.BreachSpec;

/**
 * A clause attached to a contract, active from {@code fromHours} (inclusive) until
 * {@code untilHours} (exclusive); scenario events may move {@code untilHours}. It counts
 * the chip-hours the lab used of the contract while the clause was active, and carries what a
 * breach of it costs ({@link BreachSpec}, or null if the clause states nothing).
 */
public final class ActiveClause {

    private final Clause clause;
    private final double fromHours;
    private double untilHours;
    private double usedChipHours;
    private final BreachSpec breach;

    public ActiveClause(Clause clause, double fromHours, double untilHours, BreachSpec breach) {
        this.clause = clause;
        this.fromHours = fromHours;
        this.untilHours = untilHours;
        this.breach = breach;
    }

    /** A clause that states no consequences of a breach. */
    public ActiveClause(Clause clause, double fromHours, double untilHours) {
        this(clause, fromHours, untilHours, null);
    }

    /** What a breach of this clause costs, or null if it states nothing. */
    public BreachSpec breach() {
        return breach;
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
