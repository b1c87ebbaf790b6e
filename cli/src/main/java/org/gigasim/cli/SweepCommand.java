package org.gigasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gigasim.model.spec.Limits;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioException;
import org.gigasim.scenarios.ScenarioLoader;
import org.gigasim.experiments.ReplicationExecutor;
import org.gigasim.experiments.SweepExperiment;
import org.gigasim.experiments.Progress;
import org.gigasim.scenarios.SweepPlan;
import org.gigasim.results.Manifest;
import org.gigasim.results.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gigasim sweep}: a scenario over the cartesian product of varied values, into a tidy sweep.csv. */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Run a scenario at every combination of the values varied.",
        description = {"Run a scenario at every combination of the --vary values (the first --vary",
    "varies slowest), or of its file's sweep: block if no --vary is given, each point with its replications,",
    "and write sweep.csv: one row per point and headline figure with the varied values, mean, 95%% CI and",
    "percentiles, with sweep.json, charts and report.html."})
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file or a catalog name.")
    private String scenario;

    @Option(names = "--vary", paramLabel = "PATH=V1,V2,...",
            description = {"A path as in --set, and its values separated by commas; repeat to vary several.",
                "Given, the --vary options replace the file's sweep: block (default: that block)."})
    private List<String> varies = new ArrayList<>();

    @Mixin
    private ScenarioOverrides sets;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<scenario name>-sweep).")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for every point (default: the scenario's).")
    private Long seed;

    @Option(names = "--replications", paramLabel = "N", description = "Replications per point (default: the scenario's).")
    private Integer replications;

    @Option(names = "--allow-large", description = {"Run a sweep of more than " + Limits.MAX_SWEEP_REPLICATIONS
        + " replications in all (points x replications);", "without it such a sweep is refused before anything runs."})
    private boolean allowLarge;

    @Option(names = "--no-charts", description = "Skip rendering DIR/charts/ and DIR/report.html (gigasim chart DIR does it later).")
    private boolean noCharts;

    @Mixin
    private ExperimentOptions experiment;

    @Override
    public Integer call() {
        if (replications != null && (replications < 1 || replications > Limits.MAX_REPLICATIONS)) {
            throw new UserInputException("--replications must be from 1 to " + Limits.MAX_REPLICATIONS + ", was "
                    + replications);
        }
        boolean fromFile = varies.isEmpty();
        SweepPlan plan;
        try {
            plan = fromFile ? ScenarioLoader.sweepPlan(scenario, sets.overrides()).orElseThrow(() -> new UserInputException(
                    scenario + " has no sweep: block; give the values to vary with --vary PATH=V1,V2,..."))
                    : SweepPlan.parse(varies);
        } catch (IllegalArgumentException | ScenarioException e) {
            throw new UserInputException(e.getMessage());
        }
        requireSize(plan.size(), replications == null ? 1 : replications);
        List<List<String>> values = plan.points();
        List<List<Integer>> indices = plan.indices();
        List<ScenarioSpec> points = new ArrayList<>();
        List<String> pointHashes = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            LoadedScenario point = fromFile ? loadPoint(indices.get(i)) : load(values.get(i), plan);
            pointHashes.add(point.sha256());
            ScenarioSpec loaded = point.spec();
            points.add(loaded.withRun(seed != null ? seed : loaded.seed(),
                    replications != null ? replications : loaded.replications()));
        }
        requireSize(points.size(), points.stream().mapToDouble(ScenarioSpec::replications).sum() / points.size());
        String name = points.get(0).name();
        Path target = out != null ? out : Path.of("runs", name + "-sweep");
        SweepExperiment sweep = new SweepExperiment(plan.paths(), values, points, Version.current());
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        List<String> given = new ArrayList<>(sets.overrides());
        varies.forEach(v -> given.add("--vary " + v));
        OutputDirectory directory = OutputFolders.open(spec, target, given, List.of(new Manifest.ScenarioRef(name,
                ScenarioLoader.contentHash(String.join("\n", pointHashes).getBytes(StandardCharsets.UTF_8)))));
        try (ReplicationExecutor executor = experiment.executor();
                Progress progress = experiment.progress(err, name + " sweep", sweep.tasks(), "replications")) {
            sweep.run(directory, executor, progress, experiment.phases(err, name + " sweep"), dir -> {
                if (!noCharts) {
                    experiment.phase(err, name + " sweep", "drawing the charts and the report...");
                    ChartCommand.render(dir);   // inside the folder before it moves into place
                }
            });
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "%s: %d point(s), %d replication(s) in %.2f s on %d thread(s); sweep.csv and report.html in %s%n", name,
                    points.size(), sweep.tasks(), (System.nanoTime() - started) / 1e9, executor.threads(), target);
            return 0;
        } catch (IOException e) {
            throw new UserInputException("cannot write the outputs to " + target + ": " + RunCommand.describe(e)
                    + "; choose another folder with --out");
        }
    }

    /** Refuses a sweep of more replications in all than the cap, unless --allow-large says it is meant. */
    private void requireSize(double points, double replicationsPerPoint) {
        double total = points * replicationsPerPoint;
        if (total > Limits.MAX_SWEEP_REPLICATIONS && !allowLarge) {
            throw new UserInputException(String.format(java.util.Locale.ROOT, "this sweep has %.0f point(s) of %.0f"
                    + " replication(s), %.0f in all, more than the %d a sweep runs without --allow-large; add"
                    + " --allow-large if you mean it, or vary fewer values", points, replicationsPerPoint, total,
                    Limits.MAX_SWEEP_REPLICATIONS));
        }
        if (points > Integer.MAX_VALUE / 2) {
            throw new UserInputException(String.format(java.util.Locale.ROOT, "this sweep has %.0f points, more than"
                    + " any machine can list; vary fewer values", points));
        }
    }

    /** A point of the --vary options: the --set overrides, then the point's values as more overrides. */
    private LoadedScenario load(List<String> point, SweepPlan plan) {
        List<String> overrides = new ArrayList<>(sets.overrides());
        plan.overrides(point).forEach(o -> overrides.add(ScenarioLoader.varied(o)));
        try {
            return ScenarioLoader.read(scenario, overrides);
        } catch (ScenarioException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /** A point of the file's sweep: block, whose problems name their line and column in the block. */
    private LoadedScenario loadPoint(List<Integer> point) {
        try {
            return ScenarioLoader.readSweepPoint(scenario, sets.overrides(), point);
        } catch (ScenarioException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
