package org.gigasim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gigasim.results.BuildInfo;
import org.gigasim.results.Manifest;
import org.gigasim.results.OutputDirectory;
import org.gigasim.results.OutputRefusedException;
import picocli.CommandLine.Model.CommandSpec;

/** Opens the output folder of run, compare and sweep, with the manifest that records the command. */
final class OutputFolders {

    private OutputFolders() {
    }

    /**
     * The temporary folder that becomes {@code target} when the command completes; a folder
     * gigasim may not replace, or one another run is writing, is the user's to resolve.
     */
    static OutputDirectory open(CommandSpec spec, Path target, List<String> overrides,
            List<Manifest.ScenarioRef> scenarios) {
        return open(target, manifest(spec, overrides, scenarios));
    }

    /** Like {@link #open(CommandSpec, Path, List, List)}, with the manifest given. */
    static OutputDirectory open(Path target, Manifest manifest) {
        return open(target, manifest, "; choose another folder with --out");
    }

    /**
     * Like {@link #open(Path, Manifest)}, for a command whose folder is its argument (extend):
     * {@code retry} says what to do when the folder cannot be written, instead of pointing at --out.
     */
    static OutputDirectory open(Path target, Manifest manifest, String retry) {
        try {
            return OutputDirectory.create(target, manifest);
        } catch (OutputRefusedException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot write the outputs to " + target + ": " + RunCommand.describe(e)
                    + retry);
        }
    }

    /** What the command line was, for {@code manifest.json}: {@code gigasim} and the arguments as given. */
    static Manifest manifest(CommandSpec spec, List<String> overrides, List<Manifest.ScenarioRef> scenarios) {
        CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        List<String> args = root.commandLine().getParseResult() == null ? List.of()
                : root.commandLine().getParseResult().originalArgs();
        List<String> command = new java.util.ArrayList<>();
        command.add("gigasim");
        command.addAll(args);
        return new Manifest(command, overrides, BuildInfo.version(), BuildInfo.commit(),
                System.getProperty("java.version"), scenarios);
    }
}
