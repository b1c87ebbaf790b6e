/**
 * The procurement decision point: labs review their forecast, request the shortfall,
 * clouds offer from their uncommitted pipeline, clauses act on the round, and the lab
 * signs what its policy picks. {@link org.gigasim.model.world.procurement.Procurement} is
 * the entry point.
 */
package org.gigasim.model.world.procurement;
