package org.gigasim.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.gigasim.experiments.CompareExperiment;
import org.gigasim.experiments.ExperimentInputException;
import org.gigasim.experiments.PairedRun;
import org.gigasim.experiments.RunPlan;
import org.gigasim.experiments.Worlds;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.AnswerSpec;
import org.gigasim.model.spec.Limits;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.results.CompareInfo;
import org.gigasim.results.CompareWriter;
import org.gigasim.results.Difference;
import org.gigasim.results.Manifest;
import org.gigasim.results.OutputDirectory;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioException;
import org.gigasim.scenarios.ScenarioLoader;
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
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
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
        LoadedScenario loadedA = load(scenarioA);   // --set applies to both, so A and B stay paired
        LoadedScenario loadedB = load(scenarioB);
        long commonSeed = seed != null ? seed : loadedA.spec().seed();
        int pairs = replications != null ? replications : loadedA.spec().replications();
        if (pairs < 2 || pairs > Limits.MAX_REPLICATIONS) {
            throw new InvalidInputException("--replications must be from 2 (for a confidence interval) to "
                    + Limits.MAX_REPLICATIONS + ", was " + pairs);
        }
        CompareExperiment experiment;
        try {
            experiment = new CompareExperiment(loadedA, loadedB, commonSeed, pairs, BuildInfo.version());
        } catch (ExperimentInputException e) {
            throw new InvalidInputException(e.getMessage());
        }
        ScenarioSpec a = experiment.a();
        ScenarioSpec b = experiment.b();
        String task = a.name() + " vs " + b.name();
        Path target = out != null ? out : Path.of("runs", a.name() + "-vs-" + b.name());
        List<AnswerSpec> answer = new ArrayList<>(b.answer());
        a.answer().stream().filter(x -> !answer.contains(x)).forEach(answer::add);
        CompareInfo info = new CompareInfo(a.name(), loadedA.sha256(), b.name(), loadedB.sha256(), commonSeed, pairs,
                BuildInfo.version(), a.question(), b.question(), answer);
        OutputDirectory directory = OutputFolders.open(spec, target, job.overrides(), List.of(
                new Manifest.ScenarioRef(a.name(), loadedA.sha256()), new Manifest.ScenarioRef(b.name(), loadedB.sha256())));
        PrintWriter err = spec.commandLine().getErr();
        try (CompareWriter writer = new CompareWriter(directory, info)) {
            JavaSparkContext context = main.contexts().context();
            long started = System.nanoTime();
            TaskPlan tasks = TaskPlan.of(context, 0, pairs);
            Progress progress = new Progress(err, job.quiet(), task, pairs);
            progress.say(pairs + " replication pairs in " + tasks.ranges().size() + " Spark tasks...");
            // The scenarios travel as plans: serializable, bound again once per executor.
            Broadcast<List<RunPlan>> plans = context.broadcast(List.of(
                    RunPlan.of(loadedA, job.overrides(), commonSeed, pairs, false, false, BuildInfo.version()),
                    RunPlan.of(loadedB, job.overrides(), commonSeed, pairs, false, false, BuildInfo.version())));
            try {
                RangeTasks.streamInOrder(context, tasks.ranges(), tasks.tasksPerJob(), tasks.jobsAhead(),
                        range -> pairs(plans.value(), range), (range, figures) -> {
                            for (PairFigures pair : figures) {
                                writer.accept(pair.a().toMap(), pair.b().toMap());
                            }
                            progress.written(range.to());
                        });
            } finally {
                plans.destroy();
            }
            progress.say("writing the outputs...");
            List<Difference> differences = writer.finish(dir -> {
                if (!noCharts) {
                    progress.say("drawing the charts and the report...");
                    OutputFolders.render(dir);   // inside the folder before it moves into place
                }
            });
            long significant = differences.stream().filter(Difference::significantBh).count();
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d replication pair(s), seed %d, %d of %d headline"
                    + " figures differ significantly (Benjamini-Hochberg, 5%%), in %.2f s in %d Spark task(s);"
                    + " outputs in %s%n", task, pairs, commonSeed, significant, differences.size(),
                    (System.nanoTime() - started) / 1e9, tasks.ranges().size(), target);
            return 0;
        } catch (IOException e) {
            throw new InvalidInputException("cannot write the outputs to " + target + ": " + OutputFolders.describe(e)
                    + "; choose another folder with --out");
        }
    }

    /** A task's body, on an executor: the pairs of {@code range}, each reduced to its headline figures. */
    private static ArrayList<PairFigures> pairs(List<RunPlan> plans, ReplicationRange range) {
        ClauseRegistry registry = ClauseRegistry.standard();
        PairedRun paired = new PairedRun(plans.get(0).scenario(), plans.get(1).scenario(), 0,
                (scenario, r) -> Worlds.replication(scenario, r, registry).run());
        ArrayList<PairFigures> figures = new ArrayList<>(range.size());
        for (int r = range.from(); r < range.to(); r++) {
            figures.add(PairFigures.of(r, paired.pair(r)));
        }
        return figures;
    }

    private LoadedScenario load(String scenario) {
        try {
            return ScenarioLoader.read(scenario, job.overrides());
        } catch (ScenarioException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }
}
