package org.gigasim.experiments;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands results that complete in any order to a sink strictly in index order, holding the
 * early ones until the gap before them fills. It holds only what arrives out of order, so
 * its size is bounded by how many tasks the caller keeps in flight.
 *
 * @param <T> the result of one task
 */
public final class OrderedResults<T> {

    private final Sink<T> sink;
    private final Map<Long, T> early = new HashMap<>();
    private long next;

    /** Receives results in index order, on the thread that offers them. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(long index, T result) throws IOException;
    }

    /** Starts expecting index {@code first}. */
    public OrderedResults(long first, Sink<T> sink) {
        this.next = first;
        this.sink = sink;
    }

    /** Takes the result of task {@code index}, passing on it and any held results that now follow in order. */
    public void offer(long index, T result) throws IOException {
        if (index < next || early.containsKey(index)) {
            throw new IllegalArgumentException("result " + index + " was already offered");
        }
        early.put(index, result);
        while (early.containsKey(next)) {
            T ready = early.remove(next);
            sink.accept(next, ready);
            next++;
        }
    }

    /** The index of the first result not yet passed on. */
    public long next() {
        return next;
    }

    /** How many results are held waiting for an earlier one. */
    public int held() {
        return early.size();
    }
}
