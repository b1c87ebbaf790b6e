package org.gigasim.experiments;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gigasim.model.spec.Limits;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioException;
import org.gigasim.scenarios.ScenarioLoader;
import org.gigasim.scenarios.SweepPlan;

/**
 * The options of {@code sweep}, as {@code gigasim sweep} and its Spark counterpart both take
 * them: the values to vary ({@code --vary}, or the file's {@code sweep:} block when none is
 * given), fixed overrides, the seed and replications of every point, and whether a large sweep
 * is meant. {@link #prepare} loads every point, each a {@link RunPlan}, before anything runs.
 *
 * @param varies the {@code --vary PATH=V1,V2,...} options, empty for the file's block
 * @param seed every point's seed, or null for each point's own
 * @param replications replications per point, or null for each point's own
 */
public record SweepRequest(String scenario, List<String> varies, List<String> overrides, Long seed,
        Integer replications, boolean allowLarge) {

    /** Copies the lists. */
    public SweepRequest {
        varies = List.copyOf(varies);
        overrides = List.copyOf(overrides);
    }

    /**
     * The sweep the options ask for.
     *
     * @param name the scenario's name (the first point's)
     * @param given what {@code manifest.json} records as overrides: the {@code --set} and {@code --vary} options
     * @param contentSha256 a hash over the points' own hashes, for the manifest
     */
    public record Prepared(SweepExperiment experiment, String name, int points, List<String> given,
            String contentSha256) {
    }

    /**
     * Checks the options and loads every point.
     *
     * @throws ExperimentInputException naming the option, or the file, line and column of a wrong value
     */
    public Prepared prepare(String gigasimVersion) {
        if (replications != null && (replications < 1 || replications > Limits.MAX_REPLICATIONS)) {
            throw new ExperimentInputException("--replications must be from 1 to " + Limits.MAX_REPLICATIONS
                    + ", was " + replications);
        }
        boolean fromFile = varies.isEmpty();
        SweepPlan plan;
        try {
            plan = fromFile ? ScenarioLoader.sweepPlan(scenario, overrides).orElseThrow(() -> new ExperimentInputException(
                    scenario + " has no sweep: block; give the values to vary with --vary PATH=V1,V2,..."))
                    : SweepPlan.parse(varies);
        } catch (IllegalArgumentException | ScenarioException e) {
            throw new ExperimentInputException(e.getMessage());
        }
        requireSize(plan.size(), replications == null ? 1 : replications);
        List<List<String>> values = plan.points();
        List<List<Integer>> indices = plan.indices();
        List<RunPlan> points = new ArrayList<>();
        List<String> pointHashes = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            LoadedScenario point = fromFile ? loadPoint(indices.get(i)) : load(values.get(i), plan);
            pointHashes.add(point.sha256());
            points.add(RunPlan.of(point, overrides, seed != null ? seed : point.spec().seed(),
                    replications != null ? replications : point.spec().replications(), false, false, gigasimVersion));
        }
        requireSize(points.size(), points.stream().mapToDouble(RunPlan::replications).sum() / points.size());
        List<String> given = new ArrayList<>(overrides);
        varies.forEach(v -> given.add("--vary " + v));
        String name = points.get(0).scenario().name();
        return new Prepared(new SweepExperiment(plan.paths(), values, points, gigasimVersion), name, points.size(),
                given, ScenarioLoader.contentHash(String.join("\n", pointHashes).getBytes(StandardCharsets.UTF_8)));
    }

    /** Refuses a sweep of more replications in all than the cap, unless a large one is allowed. */
    private void requireSize(double points, double replicationsPerPoint) {
        double total = points * replicationsPerPoint;
        if (total > Limits.MAX_SWEEP_REPLICATIONS && !allowLarge) {
            throw new ExperimentInputException(String.format(Locale.ROOT, "this sweep has %.0f point(s) of %.0f"
                    + " replication(s), %.0f in all, more than the %d a sweep runs without --allow-large; add"
                    + " --allow-large if you mean it, or vary fewer values", points, replicationsPerPoint, total,
                    Limits.MAX_SWEEP_REPLICATIONS));
        }
        if (points > Integer.MAX_VALUE / 2) {
            throw new ExperimentInputException(String.format(Locale.ROOT, "this sweep has %.0f points, more than"
                    + " any machine can list; vary fewer values", points));
        }
    }

    /** A point of the --vary options: the --set overrides, then the point's values as more overrides. */
    private LoadedScenario load(List<String> point, SweepPlan plan) {
        List<String> all = new ArrayList<>(overrides);
        plan.overrides(point).forEach(o -> all.add(ScenarioLoader.varied(o)));
        return RunRequest.load(scenario, all);
    }

    /** A point of the file's sweep: block, whose problems name their line and column in the block. */
    private LoadedScenario loadPoint(List<Integer> point) {
        try {
            return ScenarioLoader.readSweepPoint(scenario, overrides, point);
        } catch (ScenarioException e) {
            throw new ExperimentInputException(e.getMessage());
        }
    }
}
