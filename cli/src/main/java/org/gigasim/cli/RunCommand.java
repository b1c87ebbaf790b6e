package org.gigasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioException;
import org.gigasim.scenarios.ScenarioLoader;
import org.gigasim.experiments.ReplicationExecutor;
import org.gigasim.experiments.RunExperiment;
import org.gigasim.experiments.RunRequest;
import org.gigasim.model.world.World;
import org.gigasim.results.BuildInfo;
import org.gigasim.results.OutputFiles;
import org.gigasim.experiments.PrecisionTarget;
import org.gigasim.experiments.Progress;
import org.gigasim.results.Manifest;
import org.gigasim.results.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gigasim run}: runs a scenario's replications and writes its outputs. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Run a scenario's replications and write its outputs, charts and report.",
        description = {"Run a scenario (a file, or a catalog name such as baseline-2026) and write",
    "summary.json, timeseries.csv, jobs.csv, contracts.csv (and trace.jsonl with --trace) into the output folder."})
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file (.yaml, .yml, .json) or a catalog name.")
    private String scenario;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: runs/<scenario name>); replaced only when the run completes.")
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

    @Option(names = "--no-charts", description = "Skip rendering DIR/charts/ and DIR/report.html (gigasim chart DIR does it later).")
    private boolean noCharts;

    @Mixin
    private ExperimentOptions experiment;

    @Mixin
    private ScenarioOverrides overrides;

    @Option(names = "--precision", paramLabel = "METRIC=REL",
            description = {"Add replications in batches until the 95%% CI half-width of METRIC (its last-year figure,",
                "summed over its dimensions) is at most REL times its mean, e.g. revenue_usd=0.01."})
    private String precision;

    @Option(names = "--shard", paramLabel = "I/N",
            description = {"Run only shard I of N (I from 1 to N): its share of the replications, written as a partial",
                "result (default folder runs/<scenario name>-shard-I-of-N); gigasim merge turns the N shards",
                "into the outputs of one run. Not with --precision."})
    private String shard;

    @Option(names = "--max-replications", paramLabel = "N",
            description = "With --precision: never run more than N replications (default: "
                + RunRequest.DEFAULT_MAX_REPLICATIONS + ").")
    private Integer maxReplications;

    @Override
    public Integer call() {
        RunRequest request = new RunRequest(scenario, overrides.overrides(), seed, replications, trace,
                keepReplications, precision, maxReplications);
        RunRequest.Prepared prepared = request.prepare(BuildInfo.version());
        int most = request.maxReplicationsOrDefault();
        LoadedScenario loaded = prepared.loaded();
        ScenarioSpec run = prepared.scenario();
        PrecisionTarget target = prepared.target();
        RunExperiment experimentRun = new RunExperiment(prepared.plan());
        if (shard != null) {
            if (target != null) {
                throw new UserInputException("--shard and --precision do not go together: how many replications a"
                        + " precision needs is known only from all of them; run the shards with --replications N");
            }
            return runShard(experimentRun, loaded, run);
        }
        Path outDir = out != null ? out : Path.of("runs", run.name());
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        OutputDirectory directory = OutputFolders.open(spec, outDir, overrides.overrides(),
                List.of(new Manifest.ScenarioRef(run.name(), loaded.sha256())));
        try (ReplicationExecutor executor = experiment.executor();
                Progress progress = experiment.progress(err, run.name(), run.replications(), "replications");
                SimulatedTime clocks = new SimulatedTime(progress, run.start(), run.end())) {
            RunExperiment.Outcome outcome = experimentRun.run(directory, executor, progress, target, most,
                    world -> {
                        SimulatedTime.Clock clock = clocks.start();
                        try {
                            return world.observing(clock).run();
                        } finally {
                            clocks.finish(clock);
                        }
                    }, experiment.phases(err, run.name()), dir -> {
                        if (!noCharts) {
                            experiment.phase(err, run.name(), "drawing the charts and the report...");
                            ChartCommand.render(dir);   // inside the folder before it moves into place
                        }
                    });
            double seconds = (System.nanoTime() - started) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            if (target != null) {
                out.printf(Locale.ROOT, "%s: %s%s%n", run.name(), target.describe(),
                        target.reached() ? "" : "; not reached within --max-replications " + most);
            }
            if (!run.answer().isEmpty()) {
                out.print(ShowCommand.text(outDir));   // read back from the folder, as gigasim show does
            }
            if (outcome.percentilesDropped()) {
                out.printf(Locale.ROOT, "%s: timeseries.csv has no percentiles: the replications' values per sample"
                        + " time outgrew the memory kept for them; --keep-replications writes every value%n", run.name());
            }
            out.printf(Locale.ROOT, "%s: %d replication(s), %d events in %.2f s on %d thread(s); outputs in %s%n",
                    run.name(), outcome.replications(), outcome.events(), seconds, executor.threads(), outDir);
            return 0;
        } catch (IOException e) {
            throw new UserInputException("cannot write the outputs to " + outDir + ": " + describe(e)
                    + "; choose another folder with --out");
        }
    }

    /** Runs this command's shard into its own folder, a partial result that says so in its manifest. */
    private int runShard(RunExperiment experimentRun, LoadedScenario loaded, ScenarioSpec run) {
        int[] parts = parseShard(shard);
        RunExperiment.requireShard(parts[0], parts[1], run.replications());
        int[] range = RunExperiment.shardRange(parts[0], parts[1], run.replications());
        Path outDir = out != null ? out : Path.of("runs", run.name() + "-shard-" + parts[0] + "-of-" + parts[1]);
        Manifest manifest = OutputFolders.manifest(spec, overrides.overrides(),
                List.of(new Manifest.ScenarioRef(run.name(), loaded.sha256()))).partial(String.format(Locale.ROOT,
                "shard %d/%d: replications %d to %d of %d, in %s; gigasim merge turns the shards into the run's"
                        + " outputs", parts[0], parts[1], range[0], range[1] - 1, run.replications(),
                        OutputFiles.PARTIAL_RESULT));
        OutputDirectory directory = OutputFolders.open(outDir, manifest);
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        String task = run.name() + " shard " + parts[0] + "/" + parts[1];
        try (ReplicationExecutor executor = experiment.executor();
                Progress progress = experiment.progress(err, task, range[1] - range[0], "replications")) {
            RunExperiment.Outcome outcome = experimentRun.shard(parts[0], parts[1], directory, executor, progress,
                    World::run);
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: replications %d to %d of %d, %d events in %.2f s on %d"
                    + " thread(s); partial result in %s%n", task, range[0], range[1] - 1, run.replications(),
                    outcome.events(), (System.nanoTime() - started) / 1e9, executor.threads(), outDir);
            return 0;
        } catch (IOException e) {
            throw new UserInputException("cannot write the outputs to " + outDir + ": " + describe(e)
                    + "; choose another folder with --out");
        }
    }

    /** {@code I/N} as {I, N}. */
    static int[] parseShard(String text) {
        int slash = text.indexOf('/');
        try {
            if (slash > 0) {
                return new int[] {Integer.parseInt(text.substring(0, slash).trim()),
                    Integer.parseInt(text.substring(slash + 1).trim())};
            }
        } catch (NumberFormatException e) {
            // Described below.
        }
        throw new UserInputException("--shard takes I/N with I from 1 to N, such as 2/3; was '" + text + "'");
    }

    static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static LoadedScenario load(String scenario) {
        try {
            return ScenarioLoader.read(scenario);
        } catch (ScenarioException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
