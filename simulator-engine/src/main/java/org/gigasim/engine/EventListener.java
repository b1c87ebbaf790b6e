package org.gigasim.engine;

/**
 * Observes every event a {@link Simulation} runs, for tracing and metrics. Both hooks
 * default to doing nothing; the clock already reads the event's time in both.
 */
public interface EventListener {

    /** Called just before {@code action} runs at {@code timeHours}. */
    default void beforeEvent(double timeHours, Action action) {
    }

    /** Called just after {@code action} has run at {@code timeHours}. */
    default void afterEvent(double timeHours, Action action) {
    }
}
