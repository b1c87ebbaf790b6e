/**
 * Contract clauses as plugins: the {@link org.gigasim.model.clause.Clause} hooks, the
 * registry of clause types by name, and the built-in clauses.
 */
package org.gigasim.model.clause;
