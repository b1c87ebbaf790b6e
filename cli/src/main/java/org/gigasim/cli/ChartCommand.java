package org.gigasim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gigasim.charts.Charts;
import org.gigasim.charts.DamagedOutputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gigasim chart DIR}: re-renders an output folder's charts and report from its files. */
@Command(name = "chart", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Re-render an output folder's charts and report from its files.",
        description = {"Re-render the charts (DIR/charts/*.png and *.svg) and DIR/report.html from",
    "the output files in DIR (summary.json, timeseries.csv, jobs.csv, trace.jsonl, compare.csv, sweep.csv)."})
final class ChartCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "An output folder written by gigasim run, compare or sweep.")
    private Path dir;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(dir + " is not a folder; give an output folder written by gigasim run");
        }
        if (!Charts.hasOutputs(dir)) {
            throw new UserInputException(dir + " holds no summary.json, compare.csv or sweep.csv to chart");
        }
        Charts.Rendered rendered = render(dir);
        spec.commandLine().getOut().printf("%d charts in %s; report in %s%n", rendered.charts().size(),
                rendered.chartDir(), rendered.report());
        return 0;
    }

    /** Renders {@code dir}'s charts and report; an unreadable or unwritable folder is the user's to fix. */
    static Charts.Rendered render(Path dir) {
        try {
            return Charts.render(dir);
        } catch (DamagedOutputException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot render charts in " + dir + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }
}
