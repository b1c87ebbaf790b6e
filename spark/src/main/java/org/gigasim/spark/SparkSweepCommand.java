package org.gigasim.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gigasim.experiments.SweepRequest;
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
 * {@code sweep} on Spark: every point's replications as one stream of Spark tasks, each
 * replication reduced to its headline figures on the executor, and {@code sweep.csv} written by
 * the driver point after point, as {@code gigasim sweep} writes it.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = SparkVersion.class,
        header = "Run a scenario at every combination of the values varied, on Spark: the outputs gigasim sweep writes.")
final class SparkSweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SparkMain main;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file or a catalog name.")
    private String scenario;

    @Option(names = "--vary", paramLabel = "PATH=V1,V2,...",
            description = {"A path as in --set, and its values separated by commas; repeat to vary several.",
                "Given, the --vary options replace the file's sweep: block (default: that block)."})
    private List<String> varies = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder on the driver (default: runs/<scenario name>-sweep).")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for every point (default: the scenario's).")
    private Long seed;

    @Option(names = "--replications", paramLabel = "N", description = "Replications per point (default: the scenario's).")
    private Integer replications;

    @Option(names = "--allow-large", description = "Run a sweep of more than " + Limits.MAX_SWEEP_REPLICATIONS
            + " replications in all (points x replications).")
    private boolean allowLarge;

    @Option(names = "--no-charts", description = "Skip DIR/charts/ and DIR/report.html.")
    private boolean noCharts;

    @Mixin
    private JobOptions job;

    @Override
    public Integer call() {
        SweepRequest.Prepared prepared = new SweepRequest(scenario, varies, job.overrides(), seed, replications,
                allowLarge).prepare(BuildInfo.version());
        String name = prepared.name();
        Path target = out != null ? out : Path.of("runs", name + "-sweep");
        OutputDirectory directory = OutputFolders.open(spec, target, prepared.given(),
                List.of(new Manifest.ScenarioRef(name, prepared.contentSha256())));
        SparkReplicationExecutor executor = new SparkReplicationExecutor(main.contexts().context());
        long started = System.nanoTime();
        long tasks = prepared.experiment().tasks();
        SparkProgress progress = new SparkProgress(spec.commandLine().getErr(), job.quiet(), name + " sweep", tasks,
                "replications");
        progress.say(prepared.points() + " point(s), " + tasks + " replications as Spark tasks on "
                + executor.threads() + " core(s)...");
        try {
            prepared.experiment().run(directory, executor, progress, progress::say, dir -> {
                if (!noCharts) {
                    progress.say("drawing the charts and the report...");
                    OutputFolders.render(dir);   // inside the folder before it moves into place
                }
            });
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d point(s), %d replication(s) in %.2f s on Spark"
                    + " (%d core(s)); sweep.csv and report.html in %s%n", name, prepared.points(), tasks,
                    (System.nanoTime() - started) / 1e9, executor.threads(), target);
            return 0;
        } catch (IOException e) {
            throw new InvalidInputException("cannot write the outputs to " + target + ": " + OutputFolders.describe(e)
                    + "; choose another folder with --out");
        }
    }
}
