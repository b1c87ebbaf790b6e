package org.gigasim.experiments;

import java.io.IOException;

/**
 * Where numbered tasks (replications, replication pairs, sweep points × replications) run:
 * a thread pool, the calling thread, or another engine. Whatever runs them and in whatever
 * order they finish, their results reach the sink on the calling thread strictly in index
 * order, so the outputs written from them never depend on the executor.
 *
 * <pre>{@code
 * try (ReplicationExecutor executor = new ThreadPoolReplicationExecutor(4)) {
 *     executor.run(0, 20, r -> Worlds.replication(spec, (int) r, registry).run(),
 *             (r, result) -> writer.accept(result), Progress.NONE);
 * }
 * }</pre>
 */
public interface ReplicationExecutor extends AutoCloseable {

    /** How many tasks run at once, for the closing message. */
    int threads();

    /**
     * Runs tasks {@code from} (inclusive) to {@code to} (exclusive) and passes each result to
     * {@code sink} in index order, stepping {@code progress} once per result passed on. A
     * task's exception is rethrown here, unwrapped.
     */
    <T> void run(long from, long to, IndexedTask<T> task, OrderedResults.Sink<T> sink, Progress progress)
            throws IOException;

    /** Releases the executor's threads; it runs nothing afterwards. */
    @Override
    void close();

    /**
     * One numbered task; it runs on any thread, so it must not share mutable state with others.
     * It is {@link java.io.Serializable} so that an executor may run it on other machines (Spark
     * sends it to its executors): for such an executor, what it captures and what it returns must
     * be serializable too. A thread pool runs it as it is.
     */
    @FunctionalInterface
    interface IndexedTask<T> extends java.io.Serializable {
        T apply(long index);
    }
}
