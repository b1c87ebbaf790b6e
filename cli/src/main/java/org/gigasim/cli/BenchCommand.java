package org.gigasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gigasim.engine.bench.HoldModel;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.Limits;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.World;
import org.gigasim.experiments.ReplicationExecutor.IndexedTask;
import org.gigasim.experiments.ReplicationExecutor;
import org.gigasim.experiments.ThreadPoolReplicationExecutor;
import org.gigasim.experiments.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gigasim bench}: the hold model on gigasim's own event queue, through the full
 * engine path. A quick check of speed on this machine; the JMH benchmarks are the record.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Time the event list (hold model) or a scenario's replications.",
        description = {"Measure the event list with the hold model: pre-fill N pending events, then M times",
            "run the earliest, which schedules itself again at now + Exp(1).",
            "The last line reads: hold pending=N holds=M holds_per_second=X",
            "With --scenario it reads: scenario name=S threads=T replications=R ms_per_replication=X",
            "replications_per_second=X events_per_second=X warm_up=N (the warm-up replications run).",
            "With --scaling K it reads: scaling name=S threads=T replications=R rounds=K ms_per_replication_1=X",
            "ms_per_replication_T=Y speedup=Z warm_up=N (Z = X / Y)."})
final class BenchCommand implements Callable<Integer> {

    /** The most holds to time: minutes at tens of millions a second. */
    static final long MAX_HOLDS = 10_000_000_000L;
    /** The most --scaling rounds. */
    static final int MAX_ROUNDS = 1000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--pending", paramLabel = "N", defaultValue = "100000",
            description = "Events pending in the queue (default: ${DEFAULT-VALUE}).")
    private int pending;

    @Option(names = "--holds", paramLabel = "M", defaultValue = "10000000",
            description = "Holds to time after the warm-up (default: ${DEFAULT-VALUE}).")
    private long holds;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--scenario", paramLabel = "SCENARIO",
            description = "Instead of the hold model, time whole replications of this scenario (file or catalog name).")
    private String scenario;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "10",
            description = "With --scenario: replications to time after the warm-up ones (default: ${DEFAULT-VALUE}).")
    private int replications;

    @Option(names = "--warm-up", paramLabel = "W", defaultValue = "40",
            description = {"With --scenario: untimed replications to run first, on the same threads; more follow, "
                + "ten per thread at a time, until the JIT compiler is quiet, up to 10 W (default: ${DEFAULT-VALUE}; "
                + "0: none)."})
    private int warmUp;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "With --scenario: run the timed replications on T threads, as run does (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--scaling", paramLabel = "K", defaultValue = "0",
            description = {"With --scenario and --threads T of 2 or more: after the warm-up, time K rounds, each "
                + "running the same R replications on one thread and on T threads (in turns, which goes first), "
                + "and print the speedup of T threads over one (default: ${DEFAULT-VALUE}, off)."})
    private int scaling;

    @Option(names = "--quiet", description = "With --scenario: show no progress.")
    private boolean quiet;

    @Override
    public Integer call() {
        if (pending < 1 || pending > 50_000_000) {
            throw new UserInputException("--pending must be between 1 and 50000000, was " + pending);
        }
        if (holds < 1 || holds > MAX_HOLDS) {
            throw new UserInputException("--holds must be between 1 and " + MAX_HOLDS + ", was " + holds);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (scenario != null) {
            return benchScenario(out);
        }
        HoldModel model = new HoldModel(pending, seed);
        // Warm up until the JIT has compiled the loop: at least 2M holds, or M if larger.
        model.hold(Math.max(2_000_000L, holds));
        long start = System.nanoTime();
        model.hold(holds);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "hold pending=%d holds=%d holds_per_second=%.0f%n",
                pending, holds, holds / seconds);
        return 0;
    }

    private int benchScenario(PrintWriter out) {
        // As many replications as a run may have, so a mistyped count is refused rather than run for days.
        if (replications < 1 || replications > Limits.MAX_REPLICATIONS) {
            throw new UserInputException("--replications must be from 1 to " + Limits.MAX_REPLICATIONS + ", was "
                    + replications);
        }
        if (threads < 1) {
            throw new UserInputException("--threads must be at least 1, was " + threads);
        }
        if (warmUp < 0 || warmUp > Limits.MAX_REPLICATIONS) {
            throw new UserInputException("--warm-up must be from 0 to " + Limits.MAX_REPLICATIONS + ", was " + warmUp);
        }
        if (scaling < 0 || scaling > MAX_ROUNDS || scaling > 0 && threads < 2) {
            throw new UserInputException(scaling < 0 || scaling > MAX_ROUNDS
                    ? "--scaling must be from 0 to " + MAX_ROUNDS + ", was " + scaling
                    : "--scaling compares one thread with more: give --threads 2 or more (was " + threads + ")");
        }
        ScenarioSpec spec = RunCommand.load(scenario).spec();
        ClauseRegistry registry = ClauseRegistry.standard();
        IndexedTask<Long> replication = r -> new World(spec, (int) r, registry).run().eventsRun();
        long[] events = {0};
        long warmedUp;
        // Seconds of the timed replications: [0] on one thread (with --scaling), [1] on the T threads.
        double[] seconds = new double[2];
        int timed = scaling > 0 ? 2 * scaling * replications : replications;
        // Progress counts the warm-up replications too: on a big scenario they take a while.
        try (Progress progress = ExperimentOptions.progress(quiet, this.spec.commandLine().getErr(),
                "bench " + spec.name(), warmUp + timed, "replications");
                ReplicationExecutor runner = new ThreadPoolReplicationExecutor(threads);
                ReplicationExecutor single = scaling > 0 ? new ThreadPoolReplicationExecutor(1) : null) {
            // The warm-up runs on the timed threads, so the collector's heap sizing is warm too.
            warmedUp = WarmUp.ofThisJvm(warmUp, threads).run(
                    (from, to) -> runner.run(from, to, replication, (r, n) -> { }, progress),
                    planned -> progress.total(planned + timed));
            if (scaling == 0) {
                long start = System.nanoTime();
                runner.run(warmedUp, warmedUp + replications, replication, (r, n) -> events[0] += n, progress);
                seconds[1] = (System.nanoTime() - start) / 1e9;
            }
            for (int round = 0; round < scaling; round++) {
                long from = warmedUp + (long) round * replications;
                // The same replications on both; which goes first alternates, so a drifting machine favours neither.
                for (int turn = 0; turn < 2; turn++) {
                    int on = (round + turn) % 2;
                    long start = System.nanoTime();
                    (on == 0 ? single : runner).run(from, from + replications, replication, (r, n) -> { }, progress);
                    seconds[on] += (System.nanoTime() - start) / 1e9;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (scaling > 0) {
            double oneMs = seconds[0] * 1000 / ((long) scaling * replications);
            double manyMs = seconds[1] * 1000 / ((long) scaling * replications);
            out.printf(Locale.ROOT, "scaling name=%s threads=%d replications=%d rounds=%d ms_per_replication_1=%.2f "
                    + "ms_per_replication_%d=%.2f speedup=%.3f warm_up=%d%n", spec.name(), threads, replications,
                    scaling, oneMs, threads, manyMs, oneMs / manyMs, warmedUp);
            return 0;
        }
        out.printf(Locale.ROOT, "scenario name=%s threads=%d replications=%d ms_per_replication=%.1f "
                + "replications_per_second=%.2f events_per_second=%.0f warm_up=%d%n", spec.name(), threads,
                replications, seconds[1] * 1000 / replications, replications / seconds[1], events[0] / seconds[1],
                warmedUp);
        return 0;
    }
}
