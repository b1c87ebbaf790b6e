package org.gigasim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gigasim.charts.Answer;
import org.gigasim.charts.AnswerFormat;
import org.gigasim.charts.Charts;
import org.gigasim.charts.DamagedOutputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gigasim show DIR}: the question and the figures that answer it, from an output folder. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Print an output folder's question and the figures that answer it.",
        description = {"Print the question of the scenario(s) behind an output folder of gigasim run, compare or",
    "sweep, and the figures its scenario's answer: list names, every year with its 95%% CI."})
final class ShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "An output folder written by gigasim run, compare or sweep.")
    private Path dir;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(dir + " is not a folder; give an output folder written by gigasim run,"
                    + " compare or sweep");
        }
        if (!Charts.hasOutputs(dir)) {
            throw new UserInputException(dir + " holds no summary.json, compare.csv or sweep.csv; give an output"
                    + " folder written by gigasim run, compare or sweep");
        }
        spec.commandLine().getOut().print(text(dir));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The answer in {@code dir} as terminal text, headed by its title; a damaged folder is the user's to fix. */
    static String text(Path dir) {
        try {
            Answer answer = Answer.read(dir);
            return answer.title() + "\n" + AnswerFormat.text(answer);
        } catch (DamagedOutputException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot read " + dir + ": " + RunCommand.describe(e));
        }
    }
}
