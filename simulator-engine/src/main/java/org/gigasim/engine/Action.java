package org.gigasim.engine;

/**
 * Something that happens at a point of simulated time. An action is scheduled on a
 * {@link Simulation} and runs when the clock reaches its time; it may schedule more actions.
 */
@FunctionalInterface
public interface Action {

    /** Runs this action; {@code sim.now()} is the time it was scheduled for. */
    void run(Simulation sim);
}
