package org.gigasim.spark;

import java.io.PrintWriter;
import org.gigasim.experiments.ExperimentInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point {@code spark-submit} runs: {@code run}, {@code compare}, {@code sweep} and {@code sensitivity} with
 * gigasim's options, replications as Spark tasks, outputs written by the driver.
 *
 * <pre>
 * spark-submit --class org.gigasim.spark.SparkMain gigasim-spark.jar run baseline-2026 --replications 2000 --out out/base
 * </pre>
 */
@Command(name = "gigasim-spark", mixinStandardHelpOptions = true, versionProvider = SparkVersion.class,
        description = "gigasim's run, compare, sweep and sensitivity with replications as Apache Spark tasks.",
        footer = {"", "Outputs are byte-identical to gigasim's with the same options. Spark settings:",
            "  --conf " + TaskPlan.REPLICATIONS_PER_TASK + "=N  consecutive replications per task (default: 1 to 4)",
            "  --conf " + TaskPlan.TASKS_PER_JOB + "=N         tasks per job (default: the default parallelism)"},
        subcommands = {SparkRunCommand.class, SparkCompareCommand.class, SparkSweepCommand.class,
            SparkSensitivityCommand.class, SparkBenchCommand.class,
            CommandLine.HelpCommand.class})
public final class SparkMain implements Runnable {

    /** Exit status for invalid input: a bad option, file or value. */
    public static final int EXIT_INVALID_INPUT = 2;
    /** Exit status for an internal error. */
    public static final int EXIT_INTERNAL_ERROR = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final SparkContexts contexts;

    private SparkMain(SparkContexts contexts) {
        this.contexts = contexts;
    }

    /** Where the commands get their Spark context. */
    SparkContexts contexts() {
        return contexts;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command in {@code args} on the context spark-submit configured, and exits with its status. */
    public static void main(String[] args) {
        int status;
        try (SparkContexts contexts = SparkContexts.fromSubmit("gigasim " + String.join(" ", args))) {
            status = execute(args, contexts, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        }
        System.exit(status);
    }

    /** Runs the command in {@code args} with Spark contexts from {@code contexts}; returns the exit status. */
    static int execute(String[] args, SparkContexts contexts, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SparkMain(contexts));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            err.println("gigasim-spark: " + ex.getMessage());
            err.println("Run 'gigasim-spark " + commandPath(ex.getCommandLine()) + "--help' for the options.");
            return EXIT_INVALID_INPUT;
        });
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            if (ex instanceof InvalidInputException || ex instanceof ExperimentInputException) {
                err.println("gigasim-spark: " + ex.getMessage());
                return EXIT_INVALID_INPUT;
            }
            err.println("gigasim-spark: internal error: " + ex);
            ex.printStackTrace(err);
            err.println("This is a bug in gigasim; please report it with the command you ran.");
            return EXIT_INTERNAL_ERROR;
        });
        return commandLine.execute(args);
    }

    private static String commandPath(CommandLine commandLine) {
        StringBuilder path = new StringBuilder();
        for (CommandLine c = commandLine; c.getParent() != null; c = c.getParent()) {
            path.insert(0, c.getCommandName() + " ");
        }
        return path.toString();
    }
}
