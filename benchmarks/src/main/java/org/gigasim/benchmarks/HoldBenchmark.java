package org.gigasim.benchmarks;

import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.gigasim.engine.bench.HoldModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hold model at three queue sizes: gigasim's full engine path (schedule, pop, dispatch
 * to the action) against reference event lists doing the same work with the same
 * exponential sampler. Scores are holds per second.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar HoldBenchmark</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Thread)
public class HoldBenchmark {

    /** Holds per benchmark invocation, so JMH's own per-call cost does not dominate. */
    static final int BATCH = 1000;

    @Param({"1000", "100000", "1000000"})
    int pending;

    private HoldModel engine;
    private PriorityQueue<Event> priorityQueue;
    private BareHeap bare4;
    private BareHeap bare2;
    private ContinuousSampler exponential;

    @Setup(Level.Trial)
    public void setUp() {
        engine = new HoldModel(pending, 42);
        exponential = ZigguratSampler.Exponential.of(RandomSource.XO_RO_SHI_RO_128_PP.create(42L));
        priorityQueue = new PriorityQueue<>(pending);
        long seq = 0;
        for (int i = 0; i < pending; i++) {
            priorityQueue.add(new Event(exponential.sample(), seq++));
        }
        bare4 = new BareHeap(4, pending, exponential);
        bare2 = new BareHeap(2, pending, exponential);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double gigasimEngine() {
        engine.hold(BATCH);
        return engine.simulation().now();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double javaPriorityQueue() {
        PriorityQueue<Event> queue = priorityQueue;
        double now = 0;
        for (int i = 0; i < BATCH; i++) {
            Event event = queue.poll();
            now = event.time;
            event.time = now + exponential.sample();
            queue.add(event);
        }
        return now;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double bare4aryHeap() {
        return bare4.hold(BATCH);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double bareBinaryHeap() {
        return bare2.hold(BATCH);
    }

    /** A reused event for the {@link PriorityQueue} reference, ordered by (time, sequence). */
    static final class Event implements Comparable<Event> {
        double time;
        final long seq;

        Event(double time, long seq) {
            this.time = time;
            this.seq = seq;
        }

        @Override
        public int compareTo(Event other) {
            int byTime = Double.compare(time, other.time);
            return byTime != 0 ? byTime : Long.compare(seq, other.seq);
        }
    }
}
