package org.gigasim.benchmarks;

import java.util.concurrent.TimeUnit;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.World;
import org.gigasim.scenarios.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole replication of a scenario (a catalog name or a file), milliseconds each; with
 * {@code -prof gc}, the bytes it allocates. Successive invocations run successive
 * replications, as a run does, so each draws its own random numbers.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ReplicationBenchmark -prof gc
 * java -jar benchmarks/target/benchmarks.jar ReplicationBenchmark -p scenario=benchmarks/scenarios/baseline-2026-0.1.yaml</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
@State(Scope.Thread)
public class ReplicationBenchmark {

    @Param({"baseline-2026"})
    String scenario;

    private ScenarioSpec spec;
    private ClauseRegistry registry;
    private int replication;

    @Setup
    public void load() {
        spec = ScenarioLoader.resolve(scenario);
        registry = ClauseRegistry.standard();
    }

    @Benchmark
    public long replication() {
        return new World(spec, replication++, registry).run().eventsRun();
    }
}
