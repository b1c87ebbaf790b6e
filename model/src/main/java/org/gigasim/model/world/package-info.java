/**
 * One replication of a scenario: {@link org.gigasim.model.world.World} builds it from its
 * specs and drives it (when routing runs, sites and deliveries, scenario events, outages,
 * samples); its parts live in {@code routing}, {@code procurement}, {@code settlement} and
 * {@code observation}, sharing the typed objects of {@code core} and telling decisions to
 * {@code decision} listeners. A run returns a {@link org.gigasim.model.world.ReplicationResult}.
 */
package org.gigasim.model.world;
