package org.gigasim.model.spec;

import java.time.LocalDate;

/**
 * A clause of a contract: its registered type name, the dates it is active between
 * ({@code from} inclusive, {@code until} exclusive; absent means unbounded), and its
 * parameters record, whose class the clause registry names for the type.
 */
public record ClauseSpec(String type, LocalDate from, LocalDate until, Record params) {

    public ClauseSpec {
        Checks.require("clause type", type);
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("clause " + type + " until " + until + " is before from " + from);
        }
    }
}
