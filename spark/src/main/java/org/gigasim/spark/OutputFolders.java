package org.gigasim.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gigasim.charts.Charts;
import org.gigasim.charts.DamagedOutputException;
import org.gigasim.results.BuildInfo;
import org.gigasim.results.Manifest;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.OutputRefusedException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The output folders of the Spark commands, opened as {@code gigasim}'s are: the same refusals,
 * and a manifest that records the equivalent {@code gigasim} command line, so a folder written
 * on Spark is byte-identical to one written by {@code gigasim} with the same arguments.
 */
final class OutputFolders {

    private OutputFolders() {
    }

    /** The temporary folder that becomes {@code target} when the command completes. */
    static OutputDirectory open(CommandSpec spec, Path target, List<String> overrides,
            List<Manifest.ScenarioRef> scenarios) {
        try {
            return OutputDirectory.create(target, manifest(spec, overrides, scenarios));
        } catch (OutputRefusedException e) {
            throw new InvalidInputException(e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException("cannot write the outputs to " + target + ": " + describe(e)
                    + "; choose another folder with --out");
        }
    }

    /** {@code gigasim} and the arguments as given, the gigasim version and commit, the driver's Java. */
    static Manifest manifest(CommandSpec spec, List<String> overrides, List<Manifest.ScenarioRef> scenarios) {
        CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        List<String> command = new ArrayList<>();
        command.add("gigasim");
        if (root.commandLine().getParseResult() != null) {
            command.addAll(root.commandLine().getParseResult().originalArgs());
        }
        return new Manifest(command, overrides, BuildInfo.version(), BuildInfo.commit(),
                System.getProperty("java.version"), scenarios);
    }

    /** Draws the charts and the report into {@code dir}, as {@code gigasim run} does. */
    static void render(Path dir) throws IOException {
        try {
            Charts.render(dir);
        } catch (DamagedOutputException e) {
            throw new IllegalStateException("the outputs just written cannot be charted: " + e.getMessage(), e);
        }
    }

    static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
