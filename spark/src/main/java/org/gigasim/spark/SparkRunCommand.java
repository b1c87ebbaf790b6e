package org.gigasim.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.gigasim.experiments.ExperimentInputException;
import org.gigasim.experiments.RunOutput;
import org.gigasim.experiments.RunPlan;
import org.gigasim.model.spec.Limits;
import org.gigasim.results.Manifest;
import org.gigasim.results.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code run} on Spark: a scenario's replications as Spark tasks, written by the driver as {@code gigasim run} writes them. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
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

    @Mixin
    private JobOptions job;

    @Override
    public Integer call() {
        if (replications != null && (replications < 1 || replications > Limits.MAX_REPLICATIONS)) {
            throw new InvalidInputException("--replications must be from 1 to " + Limits.MAX_REPLICATIONS + ", was "
                    + replications);
        }
        RunPlan plan;
        try {
            plan = RunPlan.load(scenario, job.overrides(), seed, replications, trace, keepReplications,
                    BuildInfo.version());
        } catch (ExperimentInputException e) {
            throw new InvalidInputException(e.getMessage());
        }
        String name = plan.header().scenario();
        Path outDir = out != null ? out : Path.of("runs", name);
        OutputDirectory directory = OutputFolders.open(spec, outDir, job.overrides(),
                List.of(new Manifest.ScenarioRef(name, plan.header().contentSha256())));
        PrintWriter err = spec.commandLine().getErr();
        try (RunOutput output = plan.open(directory)) {
            JavaSparkContext context = main.contexts().context();
            long started = System.nanoTime();
            TaskPlan tasks = TaskPlan.of(context, 0, plan.replications());
            Progress progress = new Progress(err, job.quiet(), name, plan.replications());
            progress.say(plan.replications() + " replications in " + tasks.ranges().size() + " Spark tasks...");
            long events = SparkReplications.run(context, plan, tasks, output, progress::written);
            progress.say("aggregating " + plan.replications() + " replications and writing the outputs...");
            output.finish(dir -> {
                if (!noCharts) {
                    progress.say("drawing the charts and the report...");
                    OutputFolders.render(dir);   // inside the folder before it moves into place
                }
            });
            PrintWriter console = spec.commandLine().getOut();
            if (output.percentilesDropped()) {
                console.printf(Locale.ROOT, "%s: timeseries.csv has no percentiles: the replications' values per"
                        + " sample time outgrew the memory kept for them; --keep-replications writes every value%n",
                        name);
            }
            console.printf(Locale.ROOT, "%s: %d replication(s), %d events in %.2f s in %d Spark task(s); outputs in %s%n",
                    name, plan.replications(), events, (System.nanoTime() - started) / 1e9, tasks.ranges().size(),
                    outDir);
            return 0;
        } catch (IOException e) {
            throw new InvalidInputException("cannot write the outputs to " + outDir + ": " + OutputFolders.describe(e)
                    + "; choose another folder with --out");
        }
    }
}
