package org.gigasim.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.World;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.PartialHeader;
import org.gigasim.results.ReplicationSnapshot;
import org.gigasim.results.RunInfo;
import org.gigasim.results.RunWriter;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a run's calling thread does for each replication, milliseconds each: fold its snapshot
 * into the aggregates, write its rows to {@code jobs.csv} and {@code contracts.csv}, and append
 * it to {@code partial-result.bin}. The snapshots are taken once, from eight replications of a
 * catalog scenario, and handed over again under rising replication numbers. The run is sized at
 * {@code replications}, so the per-point values are dropped at once, as in a long run.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar WriterBenchmark -prof gc</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
@State(Scope.Thread)
public class WriterBenchmark {

    private static final int SNAPSHOTS = 8;

    @Param({"baseline-2026"})
    String scenario;

    @Param({"1000"})
    int replications;

    private final List<ReplicationSnapshot> snapshots = new ArrayList<>();
    private RunInfo info;
    private PartialHeader header;
    private SimCalendar calendar;
    private Path folder;
    private RunWriter writer;
    private int next;

    @Setup
    public void takeSnapshots() {
        LoadedScenario loaded = ScenarioLoader.read(scenario);
        ScenarioSpec spec = loaded.spec();
        calendar = new SimCalendar(spec.start());
        ClauseRegistry registry = ClauseRegistry.standard();
        for (int r = 0; r < SNAPSHOTS; r++) {
            snapshots.add(ReplicationSnapshot.of(new World(spec, r, registry).run(), calendar));
        }
        long seed = spec.seed() == null ? 1 : spec.seed();
        info = new RunInfo(spec.name(), spec.question(), loaded.sha256(), seed, replications, "benchmark",
                spec.start(), false);
        header = new PartialHeader(spec.name(), loaded.sha256(), loaded.resolvedYaml(), seed, replications,
                "benchmark", false, false, List.of());
    }

    @Setup(Level.Iteration)
    public void open() throws IOException {
        folder = Files.createTempDirectory("gigasim-writer-benchmark");
        writer = new RunWriter(folder.resolve("run"), info, calendar, false);
        writer.keepPartialResult(header);
        next = 0;
    }

    @TearDown(Level.Iteration)
    public void discard() throws IOException {
        writer.abort();
        OutputDirectory.deleteTree(folder);
    }

    @Benchmark
    public int accept() throws IOException {
        ReplicationSnapshot s = snapshots.get(next % SNAPSHOTS);
        writer.accept(new ReplicationSnapshot(next, s.eventsRun(), s.series(), s.jobRows(), s.contractRows(),
                s.traceLines()));
        return next++;
    }
}
