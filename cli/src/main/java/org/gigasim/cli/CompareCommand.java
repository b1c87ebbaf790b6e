package org.gigasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.experiments.CompareExperiment;
import org.gigasim.experiments.CompareRequest;
import org.gigasim.experiments.ReplicationExecutor;
import org.gigasim.experiments.Progress;
import org.gigasim.results.BuildInfo;
import org.gigasim.results.Difference;
import org.gigasim.results.Manifest;
import org.gigasim.results.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gigasim compare A B}: paired differences B − A with common random numbers. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Compare two scenarios: paired differences B - A with 95%% confidence intervals.",
        description = {"Run two scenarios with common random numbers (same seed, same replication",
    "indices) and write the paired difference B - A of every headline figure, with its 95%% CI,",
    "to compare.json and compare.csv, with charts and report.html; print the largest differences that stay",
    "significant after the Benjamini-Hochberg correction. --set applies to both A and B."})
final class CompareCommand implements Callable<Integer> {

    private static final int TABLE_ROWS = 15;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The reference scenario (file or catalog name).")
    private String scenarioA;

    @Parameters(index = "1", paramLabel = "B", description = "The scenario compared with it.")
    private String scenarioB;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<A>-vs-<B>).")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for both (default: A's).")
    private Long seed;

    @Option(names = "--replications", paramLabel = "N", description = "Replication pairs (default: A's replications).")
    private Integer replications;

    @Option(names = "--no-charts", description = "Skip rendering DIR/charts/ and DIR/report.html (gigasim chart DIR does it later).")
    private boolean noCharts;

    @Mixin
    private ExperimentOptions experiment;

    @Mixin
    private ScenarioOverrides overrides;

    @Override
    public Integer call() {
        CompareRequest.Prepared prepared = new CompareRequest(scenarioA, scenarioB, overrides.overrides(), seed,
                replications).prepare(BuildInfo.version());
        LoadedScenario loadedA = prepared.loadedA();
        LoadedScenario loadedB = prepared.loadedB();
        long commonSeed = prepared.seed();
        int pairs = prepared.pairs();
        CompareExperiment experimentRun = prepared.experiment();
        ScenarioSpec a = experimentRun.a();
        ScenarioSpec b = experimentRun.b();
        Path target = out != null ? out : Path.of("runs", a.name() + "-vs-" + b.name());
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        OutputDirectory directory = OutputFolders.open(spec, target, overrides.overrides(), List.of(
                new Manifest.ScenarioRef(a.name(), loadedA.sha256()), new Manifest.ScenarioRef(b.name(), loadedB.sha256())));
        String task = a.name() + " vs " + b.name();
        try (ReplicationExecutor executor = experiment.executor();
                Progress progress = experiment.progress(err, task, pairs, "pairs")) {
            List<Difference> differences = experimentRun.run(directory, executor, progress,
                    experiment.phases(err, task), dir -> {
                        if (!noCharts) {
                            experiment.phase(err, task, "drawing the charts and the report...");
                            ChartCommand.render(dir);   // inside the folder before it moves into place
                        }
                    });
            PrintWriter console = spec.commandLine().getOut();
            printTable(console, differences);
            console.printf(Locale.ROOT, "%s vs %s: %d replication pair(s), seed %d, in %.2f s on %d thread(s); "
                    + "outputs in %s%n", a.name(), b.name(), pairs, commonSeed, (System.nanoTime() - started) / 1e9,
                    executor.threads(), target);
            return 0;
        } catch (IOException e) {
            throw new UserInputException("cannot write the outputs to " + target + ": " + RunCommand.describe(e)
                    + "; choose another folder with --out");
        }
    }

    /**
     * How many figures differ, figure by figure and after the Benjamini–Hochberg correction,
     * how many chance alone would flag, and the corrected significant differences largest
     * relative to the scenarios' means, B − A.
     */
    static void printTable(PrintWriter console, List<Difference> differences) {
        if (differences.stream().noneMatch(d -> d.pairs() > 0)) {
            console.printf(Locale.ROOT, "the two scenarios share no headline figure (no metric, entity and year recorded"
                    + " in both), so nothing could be compared%n");
            return;
        }
        long tested = differences.stream().filter(Difference::tested).count();
        long uncorrected = differences.stream().filter(Difference::significant).count();
        long corrected = differences.stream().filter(Difference::significantBh).count();
        List<Difference> significant = differences.stream()
                .filter(d -> d.significantBh() && Double.isFinite(d.relative()))
                .sorted(Comparator.comparingDouble((Difference d) -> -Math.abs(d.relative())))
                .limit(TABLE_ROWS).toList();
        console.printf(Locale.ROOT, "%d of %d headline figures differ at 95%% one by one (their CI of B - A excludes 0);"
                + " if nothing had changed, chance alone would flag about %.0f of the %d tested (5%%).%n", uncorrected,
                differences.size(), 0.05 * tested, tested);
        console.printf(Locale.ROOT, "%d stay significant controlling the false-discovery rate at 5%% (Benjamini-Hochberg,"
                + " column significant_bh)%s%n", corrected, significant.isEmpty() ? ""
                : "; the largest, relative to the larger mean:");
        if (significant.isEmpty()) {
            return;
        }
        String format = "%-52s %4s %12s %12s %12s  %-27s %8s%n";
        console.printf(Locale.ROOT, format, "metric [dimensions]", "year", "mean A", "mean B", "B - A", "95% CI", "rel");
        for (Difference d : significant) {
            console.printf(Locale.ROOT, format, label(d.key()), d.year(), number(d.meanA()), number(d.meanB()),
                    number(d.mean()), "[" + number(d.ci95Low()) + ", " + number(d.ci95High()) + "]",
                    String.format(Locale.ROOT, "%+.1f%%", 100 * d.relative()));
        }
    }

    private static String label(SeriesKey key) {
        StringBuilder dims = new StringBuilder();
        for (Dimension d : Dimension.values()) {
            if (!key.get(d).isEmpty()) {
                dims.append(dims.length() == 0 ? "" : ",").append(key.get(d));
            }
        }
        return key.metric().id() + (dims.length() == 0 ? "" : " [" + dims + "]");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
