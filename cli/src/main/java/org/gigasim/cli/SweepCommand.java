package org.gigasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gigasim.model.spec.Limits;
import org.gigasim.experiments.ReplicationExecutor;
import org.gigasim.experiments.SweepExperiment;
import org.gigasim.experiments.SweepRequest;
import org.gigasim.experiments.Progress;
import org.gigasim.results.BuildInfo;
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
        SweepRequest.Prepared prepared = new SweepRequest(scenario, varies, sets.overrides(), seed, replications,
                allowLarge).prepare(BuildInfo.version());
        String name = prepared.name();
        Path target = out != null ? out : Path.of("runs", name + "-sweep");
        SweepExperiment sweep = prepared.experiment();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        OutputDirectory directory = OutputFolders.open(spec, target, prepared.given(), List.of(
                new Manifest.ScenarioRef(name, prepared.contentSha256())));
        try (ReplicationExecutor executor = experiment.executor();
                Progress progress = experiment.progress(err, name + " sweep", sweep.tasks(), "replications")) {
            sweep.run(directory, executor, progress, experiment.phases(err, name + " sweep"), dir -> {
                if (!noCharts) {
                    experiment.phase(err, name + " sweep", "drawing the charts and the report...");
                    ChartCommand.render(dir);   // inside the folder before it moves into place
                }
            });
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "%s: %d point(s), %d replication(s) in %.2f s on %d thread(s); %s in %s%n", name,
                    prepared.points(), sweep.tasks(), (System.nanoTime() - started) / 1e9, executor.threads(),
                    noCharts ? "sweep.csv" : "sweep.csv and report.html", target);
            return 0;
        } catch (IOException e) {
            throw new UserInputException("cannot write the outputs to " + target + ": " + RunCommand.describe(e)
                    + "; choose another folder with --out");
        }
    }
}
