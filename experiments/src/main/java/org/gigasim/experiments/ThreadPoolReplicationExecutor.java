package org.gigasim.experiments;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs numbered tasks (replications, or sweep points × replications) on a fixed pool of
 * threads and hands their results to a sink on the calling thread, strictly in index order,
 * so what the sink writes does not depend on the thread count or on which task finishes
 * first. At most {@code 2 × threads} results are in flight (running, or done and waiting for
 * an earlier one), so memory stays bounded however many tasks there are.
 *
 * <pre>{@code
 * try (ReplicationExecutor executor = new ThreadPoolReplicationExecutor(4)) {
 *     executor.run(0, replications, r -> Worlds.replication(spec, (int) r, registry).run(),
 *             (r, result) -> writer.accept(result), Progress.NONE);
 * }
 * }</pre>
 */
public final class ThreadPoolReplicationExecutor implements ReplicationExecutor {

    private final int threads;
    private final ExecutorService pool;

    /** Starts {@code threads} worker threads (daemons, so a failed run does not keep the JVM alive). */
    public ThreadPoolReplicationExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, daemons());
    }

    /** The number of worker threads. */
    @Override
    public int threads() {
        return threads;
    }

    /** The most results held at once: running, or finished and waiting for an earlier one. */
    public int window() {
        return 2 * threads;
    }

    /** {@inheritDoc} The tasks still running are cancelled before a task's exception is rethrown. */
    @Override
    public <T> void run(long from, long to, IndexedTask<T> task, OrderedResults.Sink<T> sink, Progress progress)
            throws IOException {
        CompletionService<Done<T>> completion = new ExecutorCompletionService<>(pool);
        OrderedResults<T> ordered = new OrderedResults<>(from, (index, result) -> {
            sink.accept(index, result);
            progress.step();
        });
        List<Future<Done<T>>> running = new ArrayList<>();
        long submitted = from;
        try {
            while (ordered.next() < to) {
                // The earliest result not handed on was submitted first, so the window never blocks it.
                for (; submitted < to && submitted - ordered.next() < window(); submitted++) {
                    long index = submitted;
                    running.add(completion.submit(() -> new Done<>(index, task.apply(index))));
                }
                Done<T> done = take(completion);
                ordered.offer(done.index(), done.result());
                running.removeIf(Future::isDone);
            }
        } catch (IOException | RuntimeException | Error e) {
            running.forEach(f -> f.cancel(true));
            throw e;
        }
    }

    private static <T> Done<T> take(CompletionService<Done<T>> completion) {
        try {
            return completion.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a replication", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Stops the worker threads, interrupting any task still running. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, "gigasim-replication-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Done<T>(long index, T result) {
    }
}
