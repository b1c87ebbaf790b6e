package org.gigasim.model.clause;

import java.util.List;

/**
 * A source of clause types, found with {@link java.util.ServiceLoader}: a jar that lists
 * its provider in {@code META-INF/services/org.gigasim.model.clause.ClauseProvider} adds its
 * clauses to every scenario without touching gigasim.
 */
public interface ClauseProvider {

    /** The clause types this provider contributes. */
    List<ClauseType<?>> clauseTypes();
}
