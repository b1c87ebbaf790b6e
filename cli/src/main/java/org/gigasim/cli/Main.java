package org.gigasim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gigasim} entry point. */
@Command(name = "gigasim",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Discrete-event simulator of gigawatt-scale AI compute allocation.",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, ChartCommand.class, BenchCommand.class, ValidateCommand.class, ListCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit status for invalid input: a bad option, file or value. */
    public static final int EXIT_INVALID_INPUT = 2;
    /** Exit status for an internal error. */
    public static final int EXIT_INTERNAL_ERROR = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs gigasim with {@code args} and exits with its status. */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs gigasim with {@code args}, writing to {@code out} and {@code err}; returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            err.println("gigasim: " + ex.getMessage());
            err.println("Run 'gigasim " + commandPath(ex.getCommandLine()) + "--help' for the options.");
            return EXIT_INVALID_INPUT;
        });
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            if (ex instanceof UserInputException) {
                err.println("gigasim: " + ex.getMessage());
                return EXIT_INVALID_INPUT;
            }
            err.println("gigasim: internal error: " + ex);
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
