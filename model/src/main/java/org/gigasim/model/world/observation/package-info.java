/**
 * What a replication records: when samples are taken, the level, flow and stock series
 * wired to the model (set after every routing decision, so their integrals are exact),
 * the clause ledger fed by decisions, and the invariant checks.
 * {@link org.gigasim.model.world.observation.Observation} is the entry point.
 */
package org.gigasim.model.world.observation;
