package org.gigasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.ReplicationResult;
import org.gigasim.model.world.World;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioException;
import org.gigasim.scenarios.ScenarioLoader;
import org.gigasim.scenarios.output.RunInfo;
import org.gigasim.scenarios.output.RunWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gigasim run}: runs a scenario's replications and writes its outputs. */
@Command(name = "run", description = {"Run a scenario (a file, or a catalog name such as baseline-2026) and write",
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
            description = "Write every replication's rows to timeseries.csv instead of the mean and 95% CI.")
    private boolean keepReplications;

    @Override
    public Integer call() {
        if (replications != null && replications < 1) {
            throw new UserInputException("--replications must be at least 1, was " + replications);
        }
        LoadedScenario loaded = load(scenario);
        ScenarioSpec base = loaded.spec();
        ScenarioSpec run = base.withRun(seed != null ? seed : base.seed(),
                replications != null ? replications : base.replications());
        Path target = out != null ? out : Path.of("runs", run.name());
        PrintWriter err = spec.commandLine().getErr();
        RunInfo info = new RunInfo(run.name(), run.question(), loaded.sha256(), run.seed(), run.replications(),
                Version.current(), run.start(), keepReplications);
        ClauseRegistry registry = ClauseRegistry.standard();
        long started = System.nanoTime();
        try (RunWriter writer = new RunWriter(target, info, new SimCalendar(run.start()), trace)) {
            long events = 0;
            for (int r = 0; r < run.replications(); r++) {
                ReplicationResult result = newWorld(run, r, registry).run();
                events += result.eventsRun();
                writer.accept(result);
                if (run.replications() > 1 && System.console() != null) {
                    err.printf(Locale.ROOT, "\rgigasim: replication %d of %d", r + 1, run.replications());
                    err.flush();
                }
            }
            writer.finish();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (run.replications() > 1 && System.console() != null) {
                err.println();
            }
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "%s: %d replication(s), %d events in %.2f s; outputs in %s%n", run.name(), run.replications(),
                    events, seconds, target);
            return 0;
        } catch (IOException e) {
            throw new UserInputException("cannot write the outputs to " + target + ": " + describe(e)
                    + "; choose another folder with --out");
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static World newWorld(ScenarioSpec run, int replication, ClauseRegistry registry) {
        try {
            return new World(run, replication, registry);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(run.name() + ": " + e.getMessage());
        }
    }

    static LoadedScenario load(String scenario) {
        try {
            return ScenarioLoader.read(scenario);
        } catch (ScenarioException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
