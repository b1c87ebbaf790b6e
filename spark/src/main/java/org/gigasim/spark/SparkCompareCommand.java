package org.gigasim.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gigasim.experiments.CompareExperiment;
import org.gigasim.experiments.CompareRequest;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.results.BuildInfo;
import org.gigasim.results.Difference;
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
 * {@code compare A B} on Spark: replication pairs as Spark tasks (common random numbers, as
 * {@code gigasim compare}), each pair reduced to its headline figures on the executor, and
 * the paired differences written by the driver in pair order.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = SparkVersion.class,
        header = "Compare two scenarios on Spark: the outputs gigasim compare writes.")
final class SparkCompareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SparkMain main;

    @Parameters(index = "0", paramLabel = "A", description = "The reference scenario (file or catalog name).")
    private String scenarioA;

    @Parameters(index = "1", paramLabel = "B", description = "The scenario compared with it.")
    private String scenarioB;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder on the driver (default: runs/<A>-vs-<B>).")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for both (default: A's).")
    private Long seed;

    @Option(names = "--replications", paramLabel = "N", description = "Replication pairs (default: A's replications).")
    private Integer replications;

    @Option(names = "--no-charts", description = "Skip DIR/charts/ and DIR/report.html.")
    private boolean noCharts;

    @Mixin
    private JobOptions job;

    @Override
    public Integer call() {
        CompareRequest.Prepared prepared = new CompareRequest(scenarioA, scenarioB, job.overrides(), seed,
                replications).prepare(BuildInfo.version());
        CompareExperiment experiment = prepared.experiment();
        ScenarioSpec a = experiment.a();
        ScenarioSpec b = experiment.b();
        String task = a.name() + " vs " + b.name();
        Path target = out != null ? out : Path.of("runs", a.name() + "-vs-" + b.name());
        OutputDirectory directory = OutputFolders.open(spec, target, job.overrides(), List.of(
                new Manifest.ScenarioRef(a.name(), prepared.loadedA().sha256()),
                new Manifest.ScenarioRef(b.name(), prepared.loadedB().sha256())));
        SparkReplicationExecutor executor = new SparkReplicationExecutor(main.contexts().context());
        long started = System.nanoTime();
        SparkProgress progress = new SparkProgress(spec.commandLine().getErr(), job.quiet(), task, prepared.pairs(),
                "pairs");
        progress.say(prepared.pairs() + " replication pairs as Spark tasks on " + executor.threads() + " core(s)...");
        try {
            List<Difference> differences = experiment.run(directory, executor, progress, progress::say, dir -> {
                if (!noCharts) {
                    progress.say("drawing the charts and the report...");
                    OutputFolders.render(dir);   // inside the folder before it moves into place
                }
            });
            long significant = differences.stream().filter(Difference::significantBh).count();
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d replication pair(s), seed %d, %d of %d headline"
                    + " figures differ significantly (Benjamini-Hochberg, 5%%), in %.2f s on Spark (%d core(s));"
                    + " outputs in %s%n", task, prepared.pairs(), prepared.seed(), significant, differences.size(),
                    (System.nanoTime() - started) / 1e9, executor.threads(), target);
            return 0;
        } catch (IOException e) {
            throw new InvalidInputException("cannot write the outputs to " + target + ": " + OutputFolders.describe(e)
                    + "; choose another folder with --out");
        }
    }
}
