package org.gigasim.experiments;

import java.io.IOException;
import java.util.SortedMap;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.results.CompareWriter;
import org.gigasim.results.HeadlineFigures;
import org.gigasim.results.HeadlineFigures.Cell;

/**
 * Two scenarios run replication by replication for a paired comparison. Replication r of B
 * uses B's seed and index r + {@code offsetB}; with the same seed as A and offset 0 (the
 * default) both draw the same random numbers stream by stream (common random numbers), so
 * the noise they share cancels in the difference. Each worker reduces its replications to
 * headline figures, so only those small maps travel to the writer.
 */
public final class PairedRun {

    private final ScenarioSpec a;
    private final ScenarioSpec b;
    private final int offsetB;
    private final ReplicationTask task;
    private final HeadlineFigures figuresA;
    private final HeadlineFigures figuresB;

    /** Both replications of a pair: A's and B's headline figures. */
    public record Pair(SortedMap<Cell, Double> a, SortedMap<Cell, Double> b) implements java.io.Serializable {
    }

    /** Pairs replication r of {@code a} with replication r + {@code offsetB} of {@code b}. */
    public PairedRun(ScenarioSpec a, ScenarioSpec b, int offsetB, ReplicationTask task) {
        this.a = a;
        this.b = b;
        this.offsetB = offsetB;
        this.task = task;
        this.figuresA = new HeadlineFigures(new SimCalendar(a.start()));
        this.figuresB = new HeadlineFigures(new SimCalendar(b.start()));
    }

    /** Runs pair {@code replication}: A's replication and B's. */
    public Pair pair(int replication) {
        SortedMap<Cell, Double> resultA = figuresA.of(task.run(a, replication).recorder());
        SortedMap<Cell, Double> resultB = figuresB.of(task.run(b, replication + offsetB).recorder());
        return new Pair(resultA, resultB);
    }

    /** Runs pairs 0 to {@code replications} − 1 on {@code executor} and feeds them to {@code writer} in order. */
    public void run(ReplicationExecutor executor, int replications, CompareWriter writer, Progress progress)
            throws IOException {
        executor.run(0, replications, r -> pair((int) r), (r, pair) -> writer.accept(pair.a(), pair.b()), progress);
    }
}
