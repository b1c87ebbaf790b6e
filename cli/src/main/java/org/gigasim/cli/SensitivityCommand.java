package org.gigasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.experiments.ExperimentInputException;
import org.gigasim.experiments.Progress;
import org.gigasim.experiments.ReplicationExecutor;
import org.gigasim.experiments.SensitivityExperiment;
import org.gigasim.experiments.SensitivityResponse;
import org.gigasim.experiments.sensitivity.Design;
import org.gigasim.experiments.sensitivity.Factor;
import org.gigasim.experiments.sensitivity.LatinHypercubeDesign;
import org.gigasim.experiments.sensitivity.Method;
import org.gigasim.experiments.sensitivity.MorrisDesign;
import org.gigasim.experiments.sensitivity.SaltelliDesign;
import org.gigasim.model.spec.Limits;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.results.Manifest;
import org.gigasim.results.OutputDirectory;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioException;
import org.gigasim.scenarios.ScenarioLoader;
import org.gigasim.scenarios.SensitivityPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gigasim sensitivity}: which factors drive a metric, by Sobol' indices, Morris screening or a Latin hypercube. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Find which uncertain inputs drive a metric.",
        description = {"Run a scenario at the points of a sensitivity design over the --factor ranges, every point",
    "with the same seeds, and write sensitivity.csv (factor, metric, year, index, value, ci95_low, ci95_high),",
    "sensitivity.json, charts and report.html. --method sobol gives first- and total-order Sobol' indices",
    "(N(k+2) runs for k factors), morris gives mu* and sigma (r(k+1) runs), lhs the metric's distribution (N runs)."})
final class SensitivityCommand implements Callable<Integer> {

    static final int DEFAULT_SAMPLES = 256;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file or a catalog name.")
    private String scenario;

    @Option(names = "--factor", paramLabel = "PATH=LOW..HIGH",
            description = {"A path as in --set and its range; repeat for each factor. A distribution may stand for",
                "the range, as in the scenario file: PATH='{triangular: {min: 2.5, mode: 3, max: 4}}'.",
                "Given, the --factor options replace the file's sensitivity: block's factors (default: that block)."})
    private List<String> factors = new ArrayList<>();

    @Option(names = "--metric", paramLabel = "METRIC[:YEAR][@DIM=VALUE,...]",
            description = {"A metric, its calendar year (default: the run's last) and a selection of its dimensions",
                "(default: summed over them), such as unserved_h100e_hours:2027@lab=openai; repeat for several.",
                "Given, they replace the block's metrics."})
    private List<String> metrics = new ArrayList<>();

    @Option(names = "--method", paramLabel = "METHOD", description = "sobol, morris or lhs (default: the block's, or sobol).")
    private String method;

    @Option(names = "--samples", paramLabel = "N",
            description = {"Sobol': base samples N (a power of two); Morris: trajectories r; lhs: points N",
                "(default: the block's, or " + DEFAULT_SAMPLES + ")."})
    private Integer samples;

    @Option(names = "--levels", paramLabel = "P", description = "Morris grid levels, even (default: the block's, or 4).")
    private Integer levels;

    @Option(names = "--replications", paramLabel = "N",
            description = "Replications per point, averaged; every point uses the same ones (default: the block's, or 1).")
    private Integer replications;

    @Mixin
    private ScenarioOverrides sets;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<scenario name>-sensitivity).")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every point and of the design (default: the scenario's).")
    private Long seed;

    @Option(names = "--allow-large", description = "Run more than " + Limits.MAX_SWEEP_REPLICATIONS
            + " replications in all (runs x replications).")
    private boolean allowLarge;

    @Option(names = "--no-charts", description = "Skip rendering DIR/charts/ and DIR/report.html.")
    private boolean noCharts;

    @Mixin
    private ExperimentOptions experiment;

    @Override
    public Integer call() {
        SensitivityPlan block = block();
        List<String> factorOptions = !factors.isEmpty() ? factors
                : block.factors().stream().map(SensitivityPlan.FactorEntry::option).toList();
        List<String> metricOptions = !metrics.isEmpty() ? metrics : block.metrics();
        if (metricOptions.isEmpty()) {
            throw new UserInputException("give the metrics to explain with --metric METRIC[:YEAR][@DIM=VALUE,...],"
                    + " such as --metric unserved_h100e_hours");
        }
        Method chosen = method(first(method, block.method(), Method.SOBOL.label()));
        int size = first(samples, block.samples(), DEFAULT_SAMPLES);
        int runsPerPoint = first(replications, block.replications(), 1);
        if (runsPerPoint < 1 || runsPerPoint > Limits.MAX_REPLICATIONS) {
            throw new UserInputException("--replications must be from 1 to " + Limits.MAX_REPLICATIONS + ", was "
                    + runsPerPoint);
        }
        LoadedScenario base = load(List.of());
        ScenarioSpec baseSpec = base.spec();
        long theSeed = seed != null ? seed : baseSpec.seed();
        List<Factor> parsed = factorOptions.stream().map(SensitivityCommand::factor).toList();
        Design design;
        try {
            design = switch (chosen) {
                case SOBOL -> SaltelliDesign.create(parsed, size);
                case MORRIS -> MorrisDesign.create(parsed, size, first(levels, block.levels(), MorrisDesign.DEFAULT_LEVELS),
                        theSeed);
                case LHS -> LatinHypercubeDesign.create(parsed, size, theSeed);
            };
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        double total = (double) design.size() * runsPerPoint;
        if (total > Limits.MAX_SWEEP_REPLICATIONS && !allowLarge) {
            throw new UserInputException(String.format(Locale.ROOT, "this analysis has %d runs of %d replication(s),"
                    + " %.0f in all, more than the %d gigasim runs without --allow-large; add --allow-large if you mean"
                    + " it, or lower --samples", design.size(), runsPerPoint, total, Limits.MAX_SWEEP_REPLICATIONS));
        }
        SimCalendar calendar = new SimCalendar(baseSpec.start());
        int firstYear = calendar.dateTimeAt(0).getYear();
        int lastYear = baseSpec.end().getYear();
        List<SensitivityResponse> responses;
        try {
            responses = metricOptions.stream().map(m -> SensitivityResponse.parse(m, firstYear, lastYear)).toList();
        } catch (ExperimentInputException e) {
            throw new UserInputException(e.getMessage());
        }
        // Every factor path is checked once, at the design's first point, before anything runs.
        try {
            load(overrides(parsed, design.point(0)));
        } catch (UserInputException e) {
            throw !e.getMessage().contains("expected a whole number") ? e : new UserInputException(e.getMessage()
                    + "; a factor takes every value of its range, so it must be a field that takes decimals");
        }
        String name = baseSpec.name();
        Path target = out != null ? out : Path.of("runs", name + "-sensitivity");
        Map<String, String> about = new LinkedHashMap<>();
        about.put("scenario", name);
        about.put("question", baseSpec.question());
        about.put("replications", Integer.toString(runsPerPoint));
        about.put("gigasim_version", Version.current());
        SensitivityExperiment analysis = new SensitivityExperiment(design, responses,
                values -> load(overrides(parsed, values)).spec(), theSeed, runsPerPoint, about);
        List<String> given = new ArrayList<>(sets.overrides());
        factors.forEach(f -> given.add("--factor " + f));
        metrics.forEach(m -> given.add("--metric " + m));
        if (method != null) {
            given.add("--method " + method);
        }
        OutputDirectory directory = OutputFolders.open(spec, target, given,
                List.of(new Manifest.ScenarioRef(name, base.sha256())));
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        try (ReplicationExecutor executor = experiment.executor();
                Progress progress = experiment.progress(err, name + " sensitivity", analysis.tasks(), "points")) {
            analysis.run(directory, executor, progress, experiment.phases(err, name + " sensitivity"), dir -> {
                if (!noCharts) {
                    experiment.phase(err, name + " sensitivity", "drawing the charts and the report...");
                    ChartCommand.render(dir);
                }
            });
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: %s, %d point(s) of %d replication(s) in %.2f s on %d"
                    + " thread(s); sensitivity.csv and report.html in %s%n", name, chosen.label(),
                    design.size(), runsPerPoint, (System.nanoTime() - started) / 1e9, executor.threads(), target);
            return 0;
        } catch (ExperimentInputException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot write the outputs to " + target + ": " + RunCommand.describe(e)
                    + "; choose another folder with --out");
        }
    }

    /** The file's sensitivity: block, or an empty plan; without --factor the block must exist. */
    private SensitivityPlan block() {
        try {
            Optional<SensitivityPlan> plan = ScenarioLoader.sensitivityPlan(scenario, sets.overrides());
            if (plan.isEmpty() && factors.isEmpty()) {
                throw new UserInputException(scenario + " has no sensitivity: block; give the factors with --factor"
                        + " PATH=LOW..HIGH and the metrics with --metric METRIC");
            }
            return plan.orElse(new SensitivityPlan(null, null, null, null, List.of(), List.of()));
        } catch (ScenarioException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private static Method method(String name) {
        try {
            return Method.of(name);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--method: " + e.getMessage());
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
            throw new UserInputException("--factor takes PATH=LOW..HIGH, such as labs.openai.demand.stateless_api"
                    + ".growth_per_year=0.3..0.9; was '" + option + "'");
        }
        try {
            if (value.startsWith("{")) {
                return Factor.distributed(path, ScenarioLoader.distribution(value, "--factor " + path));
            }
            int dots = value.indexOf("..");
            if (dots < 0) {
                throw new UserInputException("--factor " + option + ": give a range LOW..HIGH, such as 0.3..0.9");
            }
            return Factor.range(path, Double.parseDouble(value.substring(0, dots).trim()),
                    Double.parseDouble(value.substring(dots + 2).trim()));
        } catch (NumberFormatException e) {
            throw new UserInputException("--factor " + option + ": LOW and HIGH must be numbers, such as 0.3..0.9");
        } catch (IllegalArgumentException | ScenarioException e) {
            throw new UserInputException("--factor " + option + ": " + e.getMessage());
        }
    }

    /** The factor values as overrides, written without exponent so YAML reads them as numbers. */
    private List<String> overrides(List<Factor> parsed, double[] values) {
        List<String> overrides = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            overrides.add(ScenarioLoader.factor(parsed.get(j).name() + "="
                    + BigDecimal.valueOf(values[j]).stripTrailingZeros().toPlainString()));
        }
        return overrides;
    }

    private LoadedScenario load(List<String> factorOverrides) {
        List<String> overrides = new ArrayList<>(sets.overrides());
        overrides.addAll(factorOverrides);
        try {
            return ScenarioLoader.read(scenario, overrides);
        } catch (ScenarioException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
