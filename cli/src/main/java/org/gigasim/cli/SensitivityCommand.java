package org.gigasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gigasim.experiments.ExperimentInputException;
import org.gigasim.experiments.Progress;
import org.gigasim.experiments.ReplicationExecutor;
import org.gigasim.experiments.SensitivityExperiment;
import org.gigasim.experiments.SensitivityRequest;
import org.gigasim.model.spec.Limits;
import org.gigasim.results.BuildInfo;
import org.gigasim.results.Manifest;
import org.gigasim.results.OutputDirectory;
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
                "(default: the block's, or " + SensitivityRequest.DEFAULT_SAMPLES + ")."})
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
        SensitivityRequest.Prepared prepared = new SensitivityRequest(scenario, factors, metrics, method, samples,
                levels, replications, sets.overrides(), seed, allowLarge).prepare(BuildInfo.version());
        String name = prepared.base().spec().name();
        Path target = out != null ? out : Path.of("runs", name + "-sensitivity");
        SensitivityExperiment analysis = prepared.experiment();
        OutputDirectory directory = OutputFolders.open(spec, target, prepared.given(),
                List.of(new Manifest.ScenarioRef(name, prepared.base().sha256())));
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
                    + " thread(s); %s in %s%n", name, prepared.method().label(), prepared.points(), prepared.replications(),
                    (System.nanoTime() - started) / 1e9, executor.threads(),
                    noCharts ? "sensitivity.csv" : "sensitivity.csv and report.html", target);
            return 0;
        } catch (ExperimentInputException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot write the outputs to " + target + ": " + RunCommand.describe(e)
                    + "; choose another folder with --out");
        }
    }
}
