package org.gigasim.results;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The replications {@code from} (inclusive) to {@code to} (exclusive) of one run, as plain
 * snapshots in replication order: what a shard, a Spark task or an earlier run hands on.
 * Partial results of consecutive ranges merge into one ({@link #merge}); the outputs written
 * from the result covering every replication are byte-identical however the range was split,
 * since the writer folds the replications one by one in index order, exactly as a single run does.
 *
 * <pre>{@code
 * PartialResult all = first.merge(second).merge(third);   // [0, 4) + [4, 8) + [8, 12)
 * }</pre>
 */
public final class PartialResult implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PartialHeader header;
    private final int from;
    private final ArrayList<ReplicationSnapshot> replications;

    /**
     * Replications {@code from} to {@code from + replications.size()} of the run {@code header} names.
     *
     * @throws IllegalArgumentException if the snapshots are not numbered {@code from}, {@code from + 1}, … in
     *     order, or reach past the run's replications
     */
    public PartialResult(PartialHeader header, int from, List<ReplicationSnapshot> replications) {
        this.header = Objects.requireNonNull(header, "header");
        this.from = from;
        this.replications = new ArrayList<>(replications);
        for (int i = 0; i < this.replications.size(); i++) {
            if (this.replications.get(i).replication() != from + i) {
                throw new IllegalArgumentException("snapshot " + i + " is replication "
                        + this.replications.get(i).replication() + ", expected " + (from + i));
            }
        }
        if (from < 0 || to() > header.replications()) {
            throw new IllegalArgumentException("replications " + from + " to " + to() + " lie outside the run's 0 to "
                    + header.replications());
        }
    }

    public PartialHeader header() {
        return header;
    }

    /** The first replication held. */
    public int from() {
        return from;
    }

    /** One past the last replication held. */
    public int to() {
        return from + replications.size();
    }

    /** Whether this holds every replication of the run. */
    public boolean complete() {
        return from == 0 && to() == header.replications();
    }

    /** The snapshots, in replication order. */
    public List<ReplicationSnapshot> replications() {
        return List.copyOf(replications);
    }

    /**
     * This range followed by {@code next}, which must belong to the same run and start where
     * this one ends.
     *
     * @throws IllegalArgumentException naming the mismatch or the gap
     */
    public PartialResult merge(PartialResult next) {
        String difference = header.difference(next.header);
        if (difference != null) {
            throw new IllegalArgumentException("partial results of different runs: " + difference);
        }
        if (next.from != to()) {
            throw new IllegalArgumentException("partial results must be merged in order with no gap or overlap: "
                    + "replications " + from + " to " + to() + " then " + next.from + " to " + next.to());
        }
        List<ReplicationSnapshot> all = new ArrayList<>(replications);
        all.addAll(next.replications);
        return new PartialResult(header, from, all);
    }
}
