package org.gigasim.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.gigasim.model.spec.Limits;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code run} on Spark: a scenario's replications as Spark tasks, merged and written by the driver. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        header = "Run a scenario's replications on Spark and write the outputs gigasim run writes.")
final class SparkRunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SparkMain main;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file (.yaml, .yml, .json) or a catalog name.")
    private String scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder on the driver (default: runs/<scenario name>).")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed (default: the scenario's).")
    private Long seed;

    @Option(names = "--replications", paramLabel = "N", description = "Replications (default: the scenario's).")
    private Integer replications;

    @Option(names = "--trace", description = "Also write trace.jsonl: every clause and policy decision, with why.")
    private boolean trace;

    @Option(names = "--keep-replications", description = "Also write timeseries_replications.csv.")
    private boolean keepReplications;

    @Option(names = "--no-charts", description = "Skip DIR/charts/ and DIR/report.html.")
    private boolean noCharts;

    @Mixin
    private JobOptions job;

    @Override
    public Integer call() {
        if (replications != null && (replications < 1 || replications > Limits.MAX_REPLICATIONS)) {
            throw new InvalidInputException("--replications must be from 1 to " + Limits.MAX_REPLICATIONS + ", was "
                    + replications);
        }
        LoadedScenario loaded = job.load(scenario);
        ScenarioSpec base = loaded.spec();
        ScenarioSpec run = base.withRun(seed != null ? seed : base.seed(),
                replications != null ? replications : base.replications());
        Path outDir = out != null ? out : Path.of("runs", run.name());
        JavaSparkContext context = main.contexts().context();
        int partitions = Partitions.of(context, run.replications());
        PrintWriter err = spec.commandLine().getErr();
        if (!job.quiet()) {
            err.printf(Locale.ROOT, "%s: %d replications in %d Spark tasks...%n", run.name(), run.replications(),
                    partitions);
            err.flush();
        }
        long started = System.nanoTime();
        ShippedScenario shipped = new ShippedScenario(loaded, run.seed(), run.replications());
        List<SparkReplications.Summary> results = new SparkReplications(context, partitions)
                .run(shipped, run.replications());
        long events = results.stream().mapToLong(SparkReplications.Summary::eventsRun).sum();
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT,
                "%s: %d replication(s), %d events in %.2f s in %d Spark task(s); outputs in %s%n",
                run.name(), results.size(), events, seconds, partitions, outDir);
        return 0;
    }
}
