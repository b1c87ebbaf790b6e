package org.gigasim.cli;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * How {@code gigasim bench} warms up before it starts the clock: the replications asked for,
 * then rounds of ten replications per thread, until a stretch of replications (the first or a
 * round) ran while the JIT compiler worked for less than {@value #QUIET_SHARE_PERCENT}% of its
 * wall-clock time; never more than ten times the replications asked for. A compiler still at
 * work takes a core from the timed replications, and a model as large as the baseline keeps
 * it busy for well over a hundred replications (docs/benchmarks.md), so a fixed warm-up either
 * wastes time on small scenarios or leaves the second thread looking useless on large ones.
 *
 * <p>A warm-up of zero replications is none at all; a JVM that cannot report its compiler's
 * time gets exactly the replications asked for.
 */
final class WarmUp {

    static final int QUIET_SHARE_PERCENT = 5;
    static final int ROUND_PER_THREAD = 10;
    static final int MOST_PER_ASKED = 10;

    /** Runs replications {@code from} (inclusive) to {@code to} (exclusive) and returns when all are done. */
    @FunctionalInterface
    interface Replications {
        void run(long from, long to) throws IOException;
    }

    private final long asked;
    private final int threads;
    /** Milliseconds the JIT compiler has worked so far, or null if the JVM cannot tell. */
    private final LongSupplier compilerMillis;
    private final LongSupplier nanoTime;

    WarmUp(long asked, int threads, LongSupplier compilerMillis, LongSupplier nanoTime) {
        this.asked = asked;
        this.threads = threads;
        this.compilerMillis = compilerMillis;
        this.nanoTime = nanoTime;
    }

    /** A warm-up of at least {@code asked} replications on {@code threads}, watching this JVM's compiler. */
    static WarmUp ofThisJvm(long asked, int threads) {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        LongSupplier millis = compiler != null && compiler.isCompilationTimeMonitoringSupported()
                ? compiler::getTotalCompilationTime : null;
        return new WarmUp(asked, threads, millis, System::nanoTime);
    }

    /**
     * Runs the warm-up from replication 0 and returns how many replications it ran; before each
     * round it tells {@code planned} how many the warm-up will then have run.
     */
    long run(Replications replications, LongConsumer planned) throws IOException {
        if (asked == 0) {
            return 0;
        }
        long most = MOST_PER_ASKED * asked;
        long round = (long) ROUND_PER_THREAD * threads;
        long done = 0;
        long to = asked;
        while (true) {
            long compilerBefore = compilerMillis == null ? 0 : compilerMillis.getAsLong();
            long start = nanoTime.getAsLong();
            replications.run(done, to);
            done = to;
            if (compilerMillis == null || done >= most) {
                return done;
            }
            double wallMillis = (nanoTime.getAsLong() - start) / 1e6;
            if ((compilerMillis.getAsLong() - compilerBefore) * 100.0 < QUIET_SHARE_PERCENT * wallMillis) {
                return done;
            }
            to = Math.min(most, done + round);
            planned.accept(to);
        }
    }
}
