package org.gigasim.model.spec;

import java.time.LocalDate;

/**
 * A clause of a contract: its registered type name, the dates it is active between
 * ({@code from} inclusive, {@code until} exclusive; absent means unbounded), its
 * parameters record, whose class the clause registry names for the type, and what a breach
 * of it costs ({@code breach}; absent means a breach event has no consequences to apply).
 */
public record ClauseSpec(String type, LocalDate from, LocalDate until, Record params, BreachSpec breach) {

    public ClauseSpec {
        Checks.require("clause type", type);
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("clause " + type + " until " + until + " is before from " + from);
        }
    }

    /** A clause that states no consequences of a breach. */
    public ClauseSpec(String type, LocalDate from, LocalDate until, Record params) {
        this(type, from, until, params, null);
    }
}
