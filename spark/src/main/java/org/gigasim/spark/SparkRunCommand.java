package org.gigasim.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gigasim.experiments.PrecisionTarget;
import org.gigasim.experiments.RunExperiment;
import org.gigasim.experiments.RunRequest;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.World;
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
 * {@code run} on Spark: a scenario's replications as Spark tasks, written by the driver as
 * {@code gigasim run} writes them; with {@code --precision}, the batches of the precision loop
 * run on Spark one after the other.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = SparkVersion.class,
        header = "Run a scenario's replications on Spark and write the outputs gigasim run writes.",
        description = {"Run a scenario (a file, or a catalog name such as baseline-2026) with its replications as",
            "Spark tasks, and write summary.json, timeseries.csv, jobs.csv, contracts.csv (and trace.jsonl with",
            "--trace), the charts and report.html into the output folder on the driver: the same bytes as",
            "gigasim run with the same options."})
final class SparkRunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SparkMain main;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file (.yaml, .yml, .json) or a catalog name.")
    private String scenario;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder on the driver (default: runs/<scenario name>); replaced only when the run completes.")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed (default: the scenario's).")
    private Long seed;

    @Option(names = "--replications", paramLabel = "N", description = "Replications (default: the scenario's).")
    private Integer replications;

    @Option(names = "--trace", description = "Also write trace.jsonl: every clause and policy decision, with why.")
    private boolean trace;

    @Option(names = "--keep-replications",
            description = "Also write every replication's time-series rows, to timeseries_replications.csv.")
    private boolean keepReplications;

    @Option(names = "--no-charts", description = "Skip rendering DIR/charts/ and DIR/report.html.")
    private boolean noCharts;

    @Option(names = "--precision", paramLabel = "METRIC=REL",
            description = {"Add replications in batches until the 95%% CI half-width of METRIC (its last-year figure,",
                "summed over its dimensions) is at most REL times its mean, e.g. revenue_usd=0.01."})
    private String precision;

    @Option(names = "--max-replications", paramLabel = "N",
            description = "With --precision: never run more than N replications (default: "
                + RunRequest.DEFAULT_MAX_REPLICATIONS + ").")
    private Integer maxReplications;

    @Mixin
    private JobOptions job;

    @Override
    public Integer call() {
        RunRequest request = new RunRequest(scenario, job.overrides(), seed, replications, trace,
                keepReplications, precision, maxReplications);
        RunRequest.Prepared prepared = request.prepare(BuildInfo.version());
        int most = request.maxReplicationsOrDefault();
        ScenarioSpec run = prepared.scenario();
        PrecisionTarget target = prepared.target();
        Path outDir = out != null ? out : Path.of("runs", run.name());
        OutputDirectory directory = OutputFolders.open(spec, outDir, job.overrides(),
                List.of(new Manifest.ScenarioRef(run.name(), prepared.loaded().sha256())));
        PrintWriter err = spec.commandLine().getErr();
        SparkReplicationExecutor executor = new SparkReplicationExecutor(main.contexts().context());
        long started = System.nanoTime();
        int planned = prepared.plan().replications();
        SparkProgress progress = new SparkProgress(err, job.quiet(), run.name(), planned, "replications");
        progress.say(planned + " replications as Spark tasks on " + executor.threads() + " core(s)...");
        try {
            RunExperiment.Outcome outcome = new RunExperiment(prepared.plan()).run(directory, executor, progress,
                    target, most, World::run, progress::say, dir -> {
                        if (!noCharts) {
                            progress.say("drawing the charts and the report...");
                            OutputFolders.render(dir);   // inside the folder before it moves into place
                        }
                    });
            PrintWriter console = spec.commandLine().getOut();
            if (target != null) {
                console.printf(Locale.ROOT, "%s: %s%s%n", run.name(), target.describe(),
                        target.reached() ? "" : "; not reached within --max-replications " + most);
            }
            if (outcome.percentilesDropped()) {
                console.printf(Locale.ROOT, "%s: timeseries.csv has no percentiles: the replications' values per"
                        + " sample time outgrew the memory kept for them; --keep-replications writes every value%n",
                        run.name());
            }
            console.printf(Locale.ROOT, "%s: %d replication(s), %d events in %.2f s on Spark (%d core(s)); outputs in"
                    + " %s%n", run.name(), outcome.replications(), outcome.events(), (System.nanoTime() - started) / 1e9,
                    executor.threads(), outDir);
            return 0;
        } catch (IOException e) {
            throw new InvalidInputException("cannot write the outputs to " + outDir + ": " + OutputFolders.describe(e)
                    + "; choose another folder with --out");
        }
    }
}
