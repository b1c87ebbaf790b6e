package org.gigasim.experiments;

import java.util.List;
import org.gigasim.model.spec.Limits;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioException;
import org.gigasim.scenarios.ScenarioLoader;

/**
 * The options of {@code run}, as {@code gigasim run} and its Spark counterpart both take them,
 * and what they mean: the scenario loaded with its overrides, the seed and replications
 * (the scenario's unless given), and the precision to reach. A command fills it from its
 * options and runs the plan on its executor; every check and default lives here once.
 *
 * @param seed the seed, or null for the scenario's
 * @param replications how many, or null for the scenario's
 * @param precision {@code METRIC=REL}, or null to run the replications asked for
 * @param maxReplications with a precision, the most replications to run, or null for
 *     {@value #DEFAULT_MAX_REPLICATIONS}; without a precision it must be null
 */
public record RunRequest(String scenario, List<String> overrides, Long seed, Integer replications, boolean trace,
        boolean keepReplications, String precision, Integer maxReplications) {

    /** The most replications a run with a precision runs when --max-replications is not given. */
    public static final int DEFAULT_MAX_REPLICATIONS = 1000;

    /** The most replications a run with a precision may run: the one given, or the default. */
    public int maxReplicationsOrDefault() {
        return maxReplications != null ? maxReplications : DEFAULT_MAX_REPLICATIONS;
    }

    /** Copies the overrides. */
    public RunRequest {
        overrides = List.copyOf(overrides);
    }

    /** The run the options ask for: the scenario as loaded, its plan, and the precision to reach (or null). */
    public record Prepared(LoadedScenario loaded, RunPlan plan, PrecisionTarget target) {

        /** The scenario as it runs, seed and replications set. */
        public ScenarioSpec scenario() {
            return plan.scenario();
        }
    }

    /**
     * Checks the options and loads the scenario.
     *
     * @throws ExperimentInputException naming the option or the scenario's file, line and column
     */
    public Prepared prepare(String gigasimVersion) {
        if (replications != null && (replications < 1 || replications > Limits.MAX_REPLICATIONS)) {
            throw new ExperimentInputException("--replications must be from 1 to " + Limits.MAX_REPLICATIONS
                    + ", was " + replications);
        }
        if (maxReplications != null && precision == null) {
            // Without a precision the run is as long as --replications says; a bound would be ignored without a word.
            throw new ExperimentInputException("--max-replications bounds a run with --precision; give --precision"
                    + " METRIC=REL too, or leave --max-replications out");
        }
        LoadedScenario loaded = load(scenario, overrides);
        ScenarioSpec base = loaded.spec();
        PrecisionTarget target = precision == null ? null : precisionTarget(base);
        int initial = replications != null ? replications : base.replications();
        int count = target == null ? initial : Math.min(Math.max(2, initial), maxReplicationsOrDefault());
        RunPlan plan = RunPlan.of(loaded, overrides, seed != null ? seed : base.seed(), count, trace,
                keepReplications, gigasimVersion);
        return new Prepared(loaded, plan, target);
    }

    private PrecisionTarget precisionTarget(ScenarioSpec base) {
        if (maxReplicationsOrDefault() < 2 || maxReplicationsOrDefault() > Limits.MAX_REPLICATIONS) {
            throw new ExperimentInputException("--max-replications must be from 2 to " + Limits.MAX_REPLICATIONS
                    + ", was " + maxReplications);
        }
        try {
            return PrecisionTarget.parse(precision, base.start(), base.end());
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException(e.getMessage());
        }
    }

    /** {@code scenario} (a file or catalog name) with {@code overrides}; its problems as an {@link ExperimentInputException}. */
    static LoadedScenario load(String scenario, List<String> overrides) {
        try {
            return ScenarioLoader.read(scenario, overrides);
        } catch (ScenarioException e) {
            throw new ExperimentInputException(e.getMessage());
        }
    }
}
