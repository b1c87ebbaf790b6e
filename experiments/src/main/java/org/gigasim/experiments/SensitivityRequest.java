package org.gigasim.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.experiments.sensitivity.Design;
import org.gigasim.experiments.sensitivity.Factor;
import org.gigasim.experiments.sensitivity.LatinHypercubeDesign;
import org.gigasim.experiments.sensitivity.Method;
import org.gigasim.experiments.sensitivity.MorrisDesign;
import org.gigasim.experiments.sensitivity.SaltelliDesign;
import org.gigasim.model.spec.Limits;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioException;
import org.gigasim.scenarios.ScenarioLoader;
import org.gigasim.scenarios.SensitivityPlan;

/**
 * The options of {@code sensitivity}, as {@code gigasim sensitivity} and its Spark counterpart
 * both take them: factors, metrics, method, samples, Morris levels and replications per point
 * (each the option's, else the file's {@code sensitivity:} block's, else the default), the
 * overrides and seed, and whether a large analysis is meant.
 *
 * @param factors {@code PATH=LOW..HIGH} or {@code PATH=DISTRIBUTION}; empty for the block's
 * @param metrics {@code METRIC[:YEAR][@DIM=VALUE,...]}; empty for the block's
 */
public record SensitivityRequest(String scenario, List<String> factors, List<String> metrics, String method,
        Integer samples, Integer levels, Integer replications, List<String> overrides, Long seed,
        boolean allowLarge) {

    /** Base samples, trajectories or points when neither the option nor the block gives them. */
    public static final int DEFAULT_SAMPLES = 256;
    /** The most runs a design may have, even with --allow-large: a million points is already days of CPU. */
    static final long MAX_POINTS = 1_000_000;

    /** Copies the lists. */
    public SensitivityRequest {
        factors = List.copyOf(factors);
        metrics = List.copyOf(metrics);
        overrides = List.copyOf(overrides);
    }

    /**
     * The analysis the options ask for.
     *
     * @param given what {@code manifest.json} records as overrides: {@code --set}, {@code --factor},
     *     {@code --metric} and {@code --method} as given
     */
    public record Prepared(SensitivityExperiment experiment, LoadedScenario base, Method method, int points,
            int replications, List<String> given) {
    }

    /**
     * Checks the options, loads the scenario and builds the design; every factor path is
     * checked at the design's first point before anything runs.
     *
     * @throws ExperimentInputException naming the option, or the file, line and column of a wrong value
     */
    public Prepared prepare(String gigasimVersion) {
        SensitivityPlan block = block();
        List<String> factorOptions = !factors.isEmpty() ? factors
                : block.factors().stream().map(SensitivityPlan.FactorEntry::option).toList();
        List<String> metricOptions = !metrics.isEmpty() ? metrics : block.metrics();
        if (metricOptions.isEmpty()) {
            throw new ExperimentInputException("give the metrics to explain with --metric METRIC[:YEAR][@DIM=VALUE,...],"
                    + " such as --metric unserved_h100e_hours");
        }
        Method chosen = method(first(method, block.method(), Method.SOBOL.label()));
        int size = first(samples, block.samples(), DEFAULT_SAMPLES);
        int runsPerPoint = first(replications, block.replications(), 1);
        if (runsPerPoint < 1 || runsPerPoint > Limits.MAX_REPLICATIONS) {
            throw new ExperimentInputException("--replications must be from 1 to " + Limits.MAX_REPLICATIONS
                    + ", was " + runsPerPoint);
        }
        LoadedScenario base = RunRequest.load(scenario, overrides);
        ScenarioSpec baseSpec = base.spec();
        long theSeed = seed != null ? seed : baseSpec.seed();
        List<Factor> parsed = factorOptions.stream().map(SensitivityRequest::factor).toList();
        // The design's size is known before it is built, so a huge --samples is refused, not allocated.
        long points = switch (chosen) {
            case SOBOL -> (long) size * (parsed.size() + 2);
            case MORRIS -> (long) size * (parsed.size() + 1);
            case LHS -> size;
        };
        double total = (double) points * runsPerPoint;
        if (points > MAX_POINTS) {
            throw new ExperimentInputException(String.format(Locale.ROOT, "this analysis would have %d runs, more than"
                    + " the %d a design may have; lower --samples", points, MAX_POINTS));
        }
        if (total > Limits.MAX_SWEEP_REPLICATIONS && !allowLarge) {
            throw new ExperimentInputException(String.format(Locale.ROOT, "this analysis has %d runs of %d"
                    + " replication(s), %.0f in all, more than the %d gigasim runs without --allow-large; add"
                    + " --allow-large if you mean it, or lower --samples", points, runsPerPoint, total,
                    Limits.MAX_SWEEP_REPLICATIONS));
        }
        Design design = design(chosen, parsed, size, theSeed, block);
        int firstYear = new SimCalendar(baseSpec.start()).dateTimeAt(0).getYear();
        int lastYear = baseSpec.end().getYear();
        List<SensitivityResponse> responses = metricOptions.stream()
                .map(m -> SensitivityResponse.parse(m, firstYear, lastYear)).toList();
        List<String> paths = parsed.stream().map(Factor::name).toList();
        checkFirstPoint(paths, design.point(0));
        Map<String, String> about = new LinkedHashMap<>();
        about.put("scenario", baseSpec.name());
        about.put("question", baseSpec.question());
        about.put("replications", Integer.toString(runsPerPoint));
        about.put("gigasim_version", gigasimVersion);
        SensitivityExperiment experiment = new SensitivityExperiment(design, responses,
                new FactorScenarios(base, paths), theSeed, runsPerPoint, about);
        List<String> given = new ArrayList<>(overrides);
        factors.forEach(f -> given.add("--factor " + f));
        metrics.forEach(m -> given.add("--metric " + m));
        if (method != null) {
            given.add("--method " + method);
        }
        return new Prepared(experiment, base, chosen, design.size(), runsPerPoint, given);
    }

    private Design design(Method chosen, List<Factor> parsed, int size, long theSeed, SensitivityPlan block) {
        try {
            return switch (chosen) {
                case SOBOL -> SaltelliDesign.create(parsed, size);
                case MORRIS -> MorrisDesign.create(parsed, size, first(levels, block.levels(),
                        MorrisDesign.DEFAULT_LEVELS), theSeed);
                case LHS -> LatinHypercubeDesign.create(parsed, size, theSeed);
            };
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException(e.getMessage());
        }
    }

    /** Loads the scenario file at the design's first point, so a wrong factor path names its option. */
    private void checkFirstPoint(List<String> paths, double[] values) {
        List<String> all = new ArrayList<>(overrides);
        all.addAll(FactorScenarios.overrides(paths, values));
        try {
            RunRequest.load(scenario, all);
        } catch (ExperimentInputException e) {
            // The value named is the design's first point, drawn from the range given: say so, or it looks typed.
            throw new ExperimentInputException(e.getMessage() + (e.getMessage().contains("expected a whole number")
                    ? "; a factor takes every value of its range, so it must be a field that takes decimals"
                    : " (the design's first point, drawn from the factor's range; give a range of values the field"
                    + " takes)"));
        }
    }

    /** The file's sensitivity: block, or an empty plan; without --factor the block must exist. */
    private SensitivityPlan block() {
        try {
            Optional<SensitivityPlan> plan = ScenarioLoader.sensitivityPlan(scenario, overrides);
            if (plan.isEmpty() && factors.isEmpty()) {
                throw new ExperimentInputException(scenario + " has no sensitivity: block; give the factors with"
                        + " --factor PATH=LOW..HIGH and the metrics with --metric METRIC");
            }
            return plan.orElse(new SensitivityPlan(null, null, null, null, List.of(), List.of()));
        } catch (ScenarioException e) {
            throw new ExperimentInputException(e.getMessage());
        }
    }

    private static Method method(String name) {
        try {
            return Method.of(name);
        } catch (IllegalArgumentException e) {
            throw new ExperimentInputException("--method: " + e.getMessage());
        }
    }

    @SafeVarargs
    private static <T> T first(T... candidates) {
        for (T c : candidates) {
            if (c != null) {
                return c;
            }
        }
        throw new IllegalStateException("the last candidate is a default");
    }

    /** {@code PATH=LOW..HIGH}, or {@code PATH=DISTRIBUTION} in the scenario file's notation. */
    static Factor factor(String option) {
        int eq = option.indexOf('=');
        String path = eq < 0 ? "" : option.substring(0, eq).trim();
        String value = eq < 0 ? "" : option.substring(eq + 1).trim();
        if (path.isEmpty() || value.isEmpty()) {
            throw new ExperimentInputException("--factor takes PATH=LOW..HIGH, such as labs.openai.demand.stateless_api"
                    + ".growth_per_year=0.3..0.9; was '" + option + "'");
        }
        try {
            if (value.startsWith("{")) {
                return Factor.distributed(path, ScenarioLoader.distribution(value, "--factor " + path));
            }
            int dots = value.indexOf("..");
            if (dots < 0) {
                throw new ExperimentInputException("--factor " + option + ": give a range LOW..HIGH, such as 0.3..0.9");
            }
            return Factor.range(path, Double.parseDouble(value.substring(0, dots).trim()),
                    Double.parseDouble(value.substring(dots + 2).trim()));
        } catch (NumberFormatException e) {
            throw new ExperimentInputException("--factor " + option + ": LOW and HIGH must be numbers, such as 0.3..0.9");
        } catch (IllegalArgumentException | ScenarioException e) {
            throw new ExperimentInputException("--factor " + option + ": " + e.getMessage());
        }
    }
}
