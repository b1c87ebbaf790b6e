package org.gigasim.experiments;

import java.io.IOException;

/** Runs every task on the calling thread, one after the other: the reference the other executors must match. */
public final class SameThreadReplicationExecutor implements ReplicationExecutor {

    @Override
    public int threads() {
        return 1;
    }

    @Override
    public <T> void run(long from, long to, IndexedTask<T> task, OrderedResults.Sink<T> sink, Progress progress)
            throws IOException {
        for (long index = from; index < to; index++) {
            sink.accept(index, task.apply(index));
            progress.step();
        }
    }

    @Override
    public void close() {
    }
}
