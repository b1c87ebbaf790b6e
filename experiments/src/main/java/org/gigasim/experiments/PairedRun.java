package org.gigasim.experiments;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.SortedMap;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.results.CompareWriter;
import org.gigasim.results.FigureArrays;
import org.gigasim.results.HeadlineFigures;
import org.gigasim.results.HeadlineFigures.Cell;

/**
 * Two scenarios run replication by replication for a paired comparison. Replication r of B
 * uses B's seed and index r + {@code offsetB}; with the same seed as A and offset 0 (the
 * default) both draw the same random numbers stream by stream (common random numbers), so
 * the noise they share cancels in the difference. Each worker reduces its replications to
 * headline figures, so only those small maps travel to the writer. It is {@link Serializable}
 * (two plans and an offset), so its pairs run on any executor, Spark's included.
 */
public final class PairedRun implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final RunPlan a;
    private final RunPlan b;
    private final int offsetB;

    /** Both replications of a pair: A's and B's headline figures. Travels as {@link FigureArrays}. */
    public record Pair(SortedMap<Cell, Double> a, SortedMap<Cell, Double> b) implements Serializable {

        @Serial
        private Object writeReplace() {
            return new Packed(FigureArrays.of(a), FigureArrays.of(b));
        }
    }

    /** A pair as it travels. */
    private record Packed(FigureArrays a, FigureArrays b) implements Serializable {

        @Serial
        private Object readResolve() {
            return new Pair(a.toMap(), b.toMap());
        }
    }

    /** Pairs replication r of {@code a} with replication r + {@code offsetB} of {@code b}. */
    public PairedRun(RunPlan a, RunPlan b, int offsetB) {
        this.a = a;
        this.b = b;
        this.offsetB = offsetB;
    }

    /** Runs pair {@code replication}: A's replication and B's. */
    public Pair pair(int replication) {
        SortedMap<Cell, Double> resultA = figures(a, replication);
        SortedMap<Cell, Double> resultB = figures(b, replication + offsetB);
        return new Pair(resultA, resultB);
    }

    /** Runs pairs 0 to {@code replications} − 1 on {@code executor} and feeds them to {@code writer} in order. */
    public void run(ReplicationExecutor executor, int replications, CompareWriter writer, Progress progress)
            throws IOException {
        PairedRun shipped = this;
        executor.run(0, replications, r -> shipped.pair((int) r), (r, pair) -> writer.accept(pair.a(), pair.b()),
                progress);
    }

    private static SortedMap<Cell, Double> figures(RunPlan plan, int replication) {
        HeadlineFigures figures = new HeadlineFigures(new SimCalendar(plan.scenario().start()));
        return figures.of(plan.world(replication).run().recorder());
    }
}
