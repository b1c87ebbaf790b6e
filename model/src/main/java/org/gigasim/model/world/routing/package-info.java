/**
 * The routing decision: chips allocated to contracts, held capacity, training jobs, each
 * lab's traffic placed on what it holds and on demand, and the clauses that pin, confine
 * or give priority. {@link org.gigasim.model.world.routing.Router} is the entry point;
 * {@link org.gigasim.model.world.routing.RoutingState} is what others may read of it.
 */
package org.gigasim.model.world.routing;
