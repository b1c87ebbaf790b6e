package org.gigasim.experiments;

import java.util.List;
import org.gigasim.model.spec.Limits;
import org.gigasim.scenarios.LoadedScenario;

/**
 * The options of {@code compare A B}, as {@code gigasim compare} and its Spark counterpart both
 * take them: the two scenarios, each loaded with the same overrides (so the pair stays a
 * like-for-like comparison), a common seed (A's unless given) and the number of pairs (A's
 * replications unless given).
 *
 * @param seed the common seed, or null for A's
 * @param replications the pairs, or null for A's replications
 */
public record CompareRequest(String scenarioA, String scenarioB, List<String> overrides, Long seed,
        Integer replications) {

    /** Copies the overrides. */
    public CompareRequest {
        overrides = List.copyOf(overrides);
    }

    /** The comparison the options ask for, with the two scenarios as loaded (for the manifest). */
    public record Prepared(LoadedScenario loadedA, LoadedScenario loadedB, CompareExperiment experiment, long seed,
            int pairs) {
    }

    /**
     * Checks the options and loads both scenarios.
     *
     * @throws ExperimentInputException naming the option or a scenario's file, line and column
     */
    /**
     * Scenario {@code which} with the overrides, which apply to both: a problem that only an
     * override has is said to be in A or B, since it may hold for one of them only.
     */
    private LoadedScenario load(String which, String scenario) {
        try {
            return RunRequest.load(scenario, overrides);
        } catch (ExperimentInputException e) {
            boolean fromOverride = overrides.stream().anyMatch(o -> e.getMessage().startsWith("--set " + o + ":"));
            throw !fromOverride ? e : new ExperimentInputException(e.getMessage().replaceFirst("\\n\\d+ problems?$", "")
                    + " (in scenario " + which + ", " + scenario + "; --set applies to both)");
        }
    }

    public Prepared prepare(String gigasimVersion) {
        LoadedScenario loadedA = load("A", scenarioA);
        LoadedScenario loadedB = load("B", scenarioB);
        long commonSeed = seed != null ? seed : loadedA.spec().seed();
        int pairs = replications != null ? replications : loadedA.spec().replications();
        if (pairs < 2 || pairs > Limits.MAX_REPLICATIONS) {
            throw new ExperimentInputException("--replications must be from 2 (for a confidence interval) to "
                    + Limits.MAX_REPLICATIONS + ", was " + pairs);
        }
        return new Prepared(loadedA, loadedB, new CompareExperiment(loadedA, loadedB, commonSeed, pairs,
                gigasimVersion), commonSeed, pairs);
    }
}
