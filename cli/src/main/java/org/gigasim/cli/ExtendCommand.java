package org.gigasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gigasim.experiments.ExtendExperiment;
import org.gigasim.experiments.ReplicationExecutor;
import org.gigasim.experiments.RunExperiment;
import org.gigasim.model.world.World;
import org.gigasim.results.BuildInfo;
import org.gigasim.results.Manifest;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.PartialHeader;
import org.gigasim.experiments.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gigasim extend DIR --replications N}: a run folder given more replications. */
@Command(name = "extend", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Add replications to a run folder until it holds N.",
        description = {"Add replications to an output folder of gigasim run (or merge) until it holds N, without",
    "running the first ones again (they are read from DIR/partial-result.bin). The folder is replaced only when",
    "the new outputs are complete, and they are byte-identical to a run of N replications (only the command line",
    "in manifest.json differs). Seed, scenario and options are the folder's; it must be of this gigasim version."})
final class ExtendCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A run folder written by gigasim run or gigasim merge.")
    private Path dir;

    @Option(names = "--replications", paramLabel = "N", required = true,
            description = "How many replications the folder holds afterwards (more than it holds now).")
    private int replications;

    @Option(names = "--no-charts", description = "Skip rendering DIR/charts/ and DIR/report.html (gigasim chart DIR does it later).")
    private boolean noCharts;

    @Mixin
    private ExperimentOptions experiment;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        try (ExtendExperiment extend = ExtendExperiment.check(dir, replications, BuildInfo.version())) {
            PartialHeader header = extend.plan().header();
            // extend rewrites DIR in place: when it cannot, the folder (or its parent) is what to fix, not an --out.
            OutputDirectory directory = OutputFolders.open(dir, OutputFolders.manifest(spec, header.overrides(),
                    List.of(new Manifest.ScenarioRef(header.scenario(), header.contentSha256()))),
                    "; check that you may write to " + dir + " and to the folder holding it");
            int added = replications - extend.held();
            try (ReplicationExecutor executor = experiment.executor();
                    Progress progress = experiment.progress(err, header.scenario(), added, "replications")) {
                RunExperiment.Outcome outcome = extend.run(directory, executor, progress, World::run,
                        experiment.phases(err, header.scenario()), out -> {
                            if (!noCharts) {
                                experiment.phase(err, header.scenario(), "drawing the charts and the report...");
                                ChartCommand.render(out);   // inside the folder before it moves into place
                            }
                        });
                spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d replication(s) added to the %d held, %d events"
                        + " in all, in %.2f s on %d thread(s); outputs in %s%n", header.scenario(), added,
                        extend.held(), outcome.events(), (System.nanoTime() - started) / 1e9, executor.threads(), dir);
            }
            return 0;
        } catch (IOException e) {
            throw new UserInputException("cannot write the outputs to " + dir + ": " + RunCommand.describe(e));
        }
    }
}
