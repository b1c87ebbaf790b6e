package org.gigasim.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.gigasim.experiments.ExperimentInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code gigasim} entry point. */
@Command(name = "gigasim",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Discrete-event simulator of gigawatt-scale AI compute allocation.",
        footer = {"", "'gigasim COMMAND --help' (or 'gigasim help COMMAND') shows a command's options."},
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, SensitivityCommand.class,
            MergeCommand.class, ExtendCommand.class, ShowCommand.class, ChartCommand.class,
            BenchCommand.class,
            ValidateCommand.class, InitCommand.class, ListCommand.class, SchemaCommand.class, CompletionCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit status for invalid input: a bad option, file or value. */
    public static final int EXIT_INVALID_INPUT = 2;
    /** Exit status for an internal error. */
    public static final int EXIT_INTERNAL_ERROR = 1;
    /** Exit status for a command that needed more memory than the Java heap may take. */
    public static final int EXIT_OUT_OF_MEMORY = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private Plugins plugins;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A frame of {@code ex} or of its causes that runs a plugin's code (a class of the plugins' loader), if any. */
    static Optional<StackTraceElement> pluginFrame(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (Plugins.LOADER_NAME.equals(frame.getClassLoaderName())) {
                    return Optional.of(frame);
                }
            }
        }
        return Optional.empty();
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
            err.println("gigasim: " + message(ex));
            err.println("Run 'gigasim " + commandPath(ex.getCommandLine()) + "--help' for the options.");
            return EXIT_INVALID_INPUT;
        });
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            if (ex instanceof UserInputException || ex instanceof ExperimentInputException) {
                err.println("gigasim: " + ex.getMessage());
                return EXIT_INVALID_INPUT;
            }
            Optional<StackTraceElement> plugin = pluginFrame(ex);
            if (plugin.isPresent()) {
                // A student's clause that throws is their bug to fix, and the trace is what they need for it.
                err.println("gigasim: a clause plugin failed: " + ex);
                ex.printStackTrace(err);
                err.println("The failure is in the plugin's code (" + plugin.get() + "), not in gigasim; fix the plugin,"
                        + " or run without --plugins.");
                return EXIT_INTERNAL_ERROR;
            }
            err.println("gigasim: internal error: " + ex);
            ex.printStackTrace(err);
            err.println("This is a bug in gigasim; please report it with the command you ran.");
            return EXIT_INTERNAL_ERROR;
        });
        Optional<String> unknown = unknownCommandBeforeHelp(commandLine, args);
        if (unknown.isPresent()) {
            // picocli answers a help option before it checks the command, so "gigasim runn --help" would print
            // the top-level usage as if it were understood.
            err.println("gigasim: " + unknownCommand(commandLine, unknown.get()));
            err.println("Run 'gigasim --help' for the options.");
            return EXIT_INVALID_INPUT;
        }
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // By now the command's objects are unreachable and its temporary folder deleted: say what to do instead.
            err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
            return EXIT_OUT_OF_MEMORY;
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    /** What to do when a command needed more than the {@code maxHeapBytes} the heap may take. */
    static String outOfMemory(long maxHeapBytes) {
        long mib = maxHeapBytes >> 20;
        long more = Math.max(1, Math.round(4 * (double) maxHeapBytes / (1L << 30)));
        return "gigasim: out of memory: the command needed more than the " + mib + " MiB the Java heap may use;"
                + " outputs already in the folder are as they were. Give Java more heap, for example"
                + " GIGASIM_JAVA_OPTS=\"-Xmx" + more + "g -XX:+UseParallelGC\" ./gigasim ..., run fewer replications,"
                + " or split the run into shards (--shard I/N) and join them with 'gigasim merge'.";
    }

    /** The parse error in words, with a "did you mean" for a mistyped command or option. */
    private static String message(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return ex.getMessage();
        }
        String typed = unmatched.getUnmatched().get(0);
        CommandLine at = ex.getCommandLine();
        boolean takesCommands = !at.getSubcommands().isEmpty() && at.getCommandSpec().positionalParameters().isEmpty();
        if (typed.startsWith("-")) {
            String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            return "unknown option '" + name + "'" + hint(DidYouMean.closest(name, at.getCommandSpec().optionsMap().keySet()));
        }
        if (takesCommands) {
            return unknownCommand(at, typed);
        }
        return ex.getMessage();
    }

    private static String unknownCommand(CommandLine at, String typed) {
        Optional<String> closest = DidYouMean.closest(typed, at.getSubcommands().keySet());
        return "unknown command '" + typed + "'" + (closest.isPresent() ? hint(closest)
                : "; the commands are " + String.join(", ", at.getSubcommands().keySet()));
    }

    /**
     * The first argument that names no command, when a help option follows it: the command
     * that was meant to be explained. Empty when no help is asked for or the command exists.
     */
    private static Optional<String> unknownCommandBeforeHelp(CommandLine commandLine, String[] args) {
        String typed = null;
        boolean help = false;
        for (int i = 0; i < args.length && !"--".equals(args[i]); i++) {
            String arg = args[i];
            if ("-h".equals(arg) || "--help".equals(arg)) {
                help = true;
            } else if ("--plugins".equals(arg)) {
                i++; // its value, a folder
            } else if (typed == null && !arg.startsWith("-")) {
                typed = arg;
            }
        }
        if (!help || typed == null || commandLine.getSubcommands().containsKey(typed)) {
            return Optional.empty();
        }
        return Optional.of(typed);
    }

    private static String hint(Optional<String> suggestion) {
        return suggestion.map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    private static String commandPath(CommandLine commandLine) {
        StringBuilder path = new StringBuilder();
        for (CommandLine c = commandLine; c.getParent() != null; c = c.getParent()) {
            path.insert(0, c.getCommandName() + " ");
        }
        return path.toString();
    }
}
