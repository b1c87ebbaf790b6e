/**
 * Decisions as typed events: a {@link org.gigasim.model.world.decision.DecisionListener} is
 * told of every pin, award, signature, charge, outage and scenario amendment with its
 * parts (time, contract, lab, cloud, quantity, reason); the trace and the clause ledger
 * listen, and nothing is formatted into a string unless someone does.
 */
package org.gigasim.model.world.decision;
