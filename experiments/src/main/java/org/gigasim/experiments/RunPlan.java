package org.gigasim.experiments;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.World;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.PartialHeader;
import org.gigasim.results.PartialResult;
import org.gigasim.results.ReplicationSnapshot;
import org.gigasim.results.RunInfo;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioException;
import org.gigasim.scenarios.ScenarioLoader;

/**
 * A run's replications as a plan any machine can carry out: the scenario as it ran (its
 * resolved YAML), the seed, how many replications, and the options that shape the outputs.
 * It is {@link Serializable}, so a driver can send it to workers; each runs a range of
 * replications ({@link #runRange}), the driver merges the ranges in index order
 * ({@link PartialResult#merge}) and writes them ({@link #write}) — byte-identical to
 * {@code gigasim run} with the same options, since replication r depends only on (scenario,
 * seed, r) and the writer folds the replications in index order.
 *
 * <pre>{@code
 * RunPlan plan = RunPlan.load("baseline-2026", List.of(), 7L, 12, false, false, "1.0");
 * PartialResult all = plan.runRange(0, 4).merge(plan.runRange(4, 8)).merge(plan.runRange(8, 12));
 * plan.write(all, OutputDirectory.create(Path.of("runs/base"), manifest), dir -> { });
 * }</pre>
 */
public final class RunPlan implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PartialHeader header;
    /** The scenario, rebuilt from the header's YAML where it is first needed (on each worker). */
    private transient ScenarioSpec spec;
    private transient ClauseRegistry registry;

    private RunPlan(PartialHeader header, ScenarioSpec spec) {
        this.header = header;
        this.spec = spec;
    }

    /**
     * Loads {@code scenario} (a file or catalog name) with {@code overrides} ({@code --set}).
     *
     * @param seed the seed, or null for the scenario's
     * @param replications how many, or null for the scenario's
     * @throws ExperimentInputException with the loader's located message, if the scenario is wrong
     */
    public static RunPlan load(String scenario, List<String> overrides, Long seed, Integer replications,
            boolean trace, boolean keepReplications, String gigasimVersion) {
        LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.read(scenario, overrides);
        } catch (ScenarioException e) {
            throw new ExperimentInputException(e.getMessage());
        }
        return of(loaded, overrides, seed != null ? seed : loaded.spec().seed(),
                replications != null ? replications : loaded.spec().replications(), trace, keepReplications,
                gigasimVersion);
    }

    /** A plan of {@code loaded} with the seed and replications given. */
    public static RunPlan of(LoadedScenario loaded, List<String> overrides, long seed, int replications,
            boolean trace, boolean keepReplications, String gigasimVersion) {
        PartialHeader header = new PartialHeader(loaded.spec().name(), loaded.sha256(), loaded.resolvedYaml(), seed,
                replications, gigasimVersion, trace, keepReplications, overrides);
        return new RunPlan(header, loaded.spec().withRun(seed, replications));
    }

    /** The plan a partial result belongs to; its scenario is rebuilt from the header's YAML. */
    public static RunPlan of(PartialHeader header) {
        return new RunPlan(header, null);
    }

    public PartialHeader header() {
        return header;
    }

    /** How many replications the run has. */
    public int replications() {
        return header.replications();
    }

    /** The same plan with {@code replications} in all. */
    public RunPlan withReplications(int replications) {
        return new RunPlan(header.withReplications(replications), spec == null ? null
                : spec.withRun(header.seed(), replications));
    }

    /** The scenario as it runs: seed and replications set. */
    public synchronized ScenarioSpec scenario() {
        if (spec == null) {
            spec = parse(header).withRun(header.seed(), header.replications());
        }
        return spec;
    }

    /** What identifies the run in {@code summary.json}. */
    public RunInfo info() {
        ScenarioSpec s = scenario();
        return new RunInfo(s.name(), s.question(), header.contentSha256(), header.seed(), header.replications(),
                header.gigasimVersion(), s.start(), header.keepReplications(), s.answer());
    }

    /** Runs replication {@code replication} on the calling thread through {@code runner} and takes its snapshot. */
    public ReplicationSnapshot replication(int replication, RunExperiment.WorldRunner runner) {
        return ReplicationSnapshot.of(runner.run(world(replication)), new SimCalendar(scenario().start()));
    }

    /** The world of replication {@code replication}, tracing if the plan says so, not yet run. */
    public World world(int replication) {
        return Worlds.replication(scenario(), replication, registry()).tracing(header.trace());
    }

    /**
     * Runs replications {@code fromInclusive} to {@code toExclusive} on the calling thread, one
     * after the other.
     *
     * @throws IllegalArgumentException if the range is empty or lies outside the run
     */
    public PartialResult runRange(int fromInclusive, int toExclusive) {
        if (fromInclusive < 0 || toExclusive <= fromInclusive || toExclusive > replications()) {
            throw new IllegalArgumentException("replications " + fromInclusive + " to " + toExclusive
                    + " are not a range of the run's 0 to " + replications());
        }
        List<ReplicationSnapshot> snapshots = new ArrayList<>();
        for (int r = fromInclusive; r < toExclusive; r++) {
            snapshots.add(replication(r, World::run));
        }
        return new PartialResult(header, fromInclusive, snapshots);
    }

    /** A writer of this run's outputs into {@code directory}, fed replications in order. */
    public RunOutput open(OutputDirectory directory) throws IOException {
        return new RunOutput(this, directory);
    }

    /**
     * Writes the outputs of {@code all} (every replication of this run) into {@code directory},
     * then {@code last} (charts), and moves it into place.
     */
    public void write(PartialResult all, OutputDirectory directory, org.gigasim.results.OutputStep last)
            throws IOException {
        try (RunOutput output = open(directory)) {
            output.accept(all);
            output.finish(last);
        }
    }

    private synchronized ClauseRegistry registry() {
        if (registry == null) {
            registry = ClauseRegistry.standard();
        }
        return registry;
    }

    /** The scenario in {@code header}'s resolved YAML, loaded as a file is. */
    private static ScenarioSpec parse(PartialHeader header) {
        return ResolvedScenarios.bind(header.resolvedYaml(), List.of(), header.scenario());
    }
}
