package org.gigasim.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gigasim.experiments.SensitivityRequest;
import org.gigasim.model.spec.Limits;
import org.gigasim.results.BuildInfo;
import org.gigasim.results.Manifest;
import org.gigasim.results.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sensitivity} on Spark: each design point (its replications, averaged into its
 * responses) as a Spark task, and the indices computed and written by the driver, as
 * {@code gigasim sensitivity} writes them.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = SparkVersion.class,
        header = "Find which uncertain inputs drive a metric, on Spark: the outputs gigasim sensitivity writes.")
final class SparkSensitivityCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SparkMain main;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file or a catalog name.")
    private String scenario;

    @Option(names = "--factor", paramLabel = "PATH=LOW..HIGH",
            description = "A path as in --set and its range or distribution; repeatable (default: the file's block).")
    private List<String> factors = new ArrayList<>();

    @Option(names = "--metric", paramLabel = "METRIC[:YEAR][@DIM=VALUE,...]",
            description = "A metric, its year and a selection of its dimensions; repeatable (default: the block's).")
    private List<String> metrics = new ArrayList<>();

    @Option(names = "--method", paramLabel = "METHOD", description = "sobol, morris or lhs (default: the block's, or sobol).")
    private String method;

    @Option(names = "--samples", paramLabel = "N", description = "Sobol': base samples N; Morris: trajectories r; lhs:"
            + " points N (default: the block's, or " + SensitivityRequest.DEFAULT_SAMPLES + ").")
    private Integer samples;

    @Option(names = "--levels", paramLabel = "P", description = "Morris grid levels, even (default: the block's, or 4).")
    private Integer levels;

    @Option(names = "--replications", paramLabel = "N",
            description = "Replications per point, averaged (default: the block's, or 1).")
    private Integer replications;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder on the driver (default: runs/<scenario name>-sensitivity).")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every point and of the design (default: the scenario's).")
    private Long seed;

    @Option(names = "--allow-large", description = "Run more than " + Limits.MAX_SWEEP_REPLICATIONS
            + " replications in all (runs x replications).")
    private boolean allowLarge;

    @Option(names = "--no-charts", description = "Skip DIR/charts/ and DIR/report.html.")
    private boolean noCharts;

    @Mixin
    private JobOptions job;

    @Override
    public Integer call() {
        SensitivityRequest.Prepared prepared = new SensitivityRequest(scenario, factors, metrics, method, samples,
                levels, replications, job.overrides(), seed, allowLarge).prepare(BuildInfo.version());
        String name = prepared.base().spec().name();
        Path target = out != null ? out : Path.of("runs", name + "-sensitivity");
        OutputDirectory directory = OutputFolders.open(spec, target, prepared.given(),
                List.of(new Manifest.ScenarioRef(name, prepared.base().sha256())));
        SparkReplicationExecutor executor = new SparkReplicationExecutor(main.contexts().context());
        long started = System.nanoTime();
        SparkProgress progress = new SparkProgress(spec.commandLine().getErr(), job.quiet(), name + " sensitivity",
                prepared.points(), "points");
        progress.say(prepared.points() + " design points as Spark tasks on " + executor.threads() + " core(s)...");
        try {
            prepared.experiment().run(directory, executor, progress, progress::say, dir -> {
                if (!noCharts) {
                    progress.say("drawing the charts and the report...");
                    OutputFolders.render(dir);   // inside the folder before it moves into place
                }
            });
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: %s, %d point(s) of %d replication(s) in %.2f s on"
                    + " Spark (%d core(s)); sensitivity.csv and report.html in %s%n", name, prepared.method().label(),
                    prepared.points(), prepared.replications(), (System.nanoTime() - started) / 1e9,
                    executor.threads(), target);
            return 0;
        } catch (IOException e) {
            throw new InvalidInputException("cannot write the outputs to " + target + ": " + OutputFolders.describe(e)
                    + "; choose another folder with --out");
        }
    }
}
