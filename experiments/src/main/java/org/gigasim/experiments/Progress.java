package org.gigasim.experiments;

/** Observes an experiment's progress: one step per replication (or sweep point) handed on. */
public interface Progress extends AutoCloseable {

    /** Reports nothing. */
    Progress NONE = new Progress() {
        @Override
        public void step() {
        }

        @Override
        public void total(long total) {
        }
    };

    /** One more unit done. */
    void step();

    /** The total grew (more replications were added to reach a precision). */
    void total(long total);

    /**
     * How far the slowest replication still running has got in simulated time, such as
     * {@code simulated to 2029-03-14 (45%)}, so a long replication never runs silently.
     */
    default void simulated(String where) {
    }

    /** Ends the display. */
    @Override
    default void close() {
    }
}
