package org.gigasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gigasim.experiments.MergeExperiment;
import org.gigasim.experiments.RunExperiment;
import org.gigasim.results.Manifest;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.PartialHeader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gigasim merge DIR... --out OUT}: the shards of one run merged into its outputs. */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Merge the shards of a run (gigasim run --shard I/N) into the run's outputs.",
        description = {"Merge the partial results that gigasim run --shard I/N wrote, given in any order, into the",
    "outputs of one run, byte-identical to running all the replications at once (only the command line in",
    "manifest.json differs). The shards must be of the same scenario content, seed, version and options, and",
    "hold every replication exactly once; otherwise nothing is written."})
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "The shard folders, in any order.")
    private List<Path> dirs;

    @Option(names = "--out", paramLabel = "OUT", required = true,
            description = "Output folder for the merged run; replaced only when the merge completes.")
    private Path out;

    @Option(names = "--no-charts", description = "Skip rendering OUT/charts/ and OUT/report.html (gigasim chart OUT does it later).")
    private boolean noCharts;

    @Option(names = "--quiet", description = "Say nothing while merging.")
    private boolean quiet;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        try (MergeExperiment merge = MergeExperiment.check(dirs)) {
            PartialHeader header = merge.header();
            OutputDirectory directory = OutputFolders.open(out, OutputFolders.manifest(spec, header.overrides(),
                    List.of(new Manifest.ScenarioRef(header.scenario(), header.contentSha256()))));
            RunExperiment.Outcome outcome = merge.write(directory, what -> say(err, header.scenario() + ": " + what),
                    dir -> {
                        if (!noCharts) {
                            say(err, header.scenario() + ": drawing the charts and the report...");
                            ChartCommand.render(dir);   // inside the folder before it moves into place
                        }
                    });
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d shard folder(s), %d replication(s), %d events merged"
                    + " in %.2f s; outputs in %s%n", header.scenario(), dirs.size(), outcome.replications(),
                    outcome.events(), (System.nanoTime() - started) / 1e9, out);
            return 0;
        } catch (IOException e) {
            throw new UserInputException("cannot write the outputs to " + out + ": " + RunCommand.describe(e)
                    + "; choose another folder with --out");
        }
    }

    private void say(PrintWriter err, String line) {
        if (!quiet) {
            err.println(line);
            err.flush();
        }
    }
}
