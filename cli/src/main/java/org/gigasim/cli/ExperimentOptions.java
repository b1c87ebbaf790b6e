package org.gigasim.cli;

import java.io.PrintWriter;
import org.gigasim.experiments.ReplicationExecutor;
import org.gigasim.experiments.ThreadPoolReplicationExecutor;
import org.gigasim.experiments.Progress;
import picocli.CommandLine.Option;

/** Options shared by the commands that run replications: how many threads, and whether to show progress. */
final class ExperimentOptions {

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: one per core). Outputs are identical for every T.")
    private Integer threads;

    @Option(names = "--quiet", description = "Show no progress.")
    private boolean quiet;

    /** An executor with the chosen number of threads. */
    ReplicationExecutor executor() {
        if (threads != null && threads < 1) {
            throw new UserInputException("--threads must be at least 1, was " + threads);
        }
        return new ThreadPoolReplicationExecutor(threads != null ? threads : Runtime.getRuntime().availableProcessors());
    }

    /** Tells {@code err} what {@code task} does now (unless {@code --quiet}); for the experiments' phase callback. */
    java.util.function.Consumer<String> phases(PrintWriter err, String task) {
        return what -> phase(err, task, what);
    }

    /** Progress of {@code total} units named {@code unit}: a bar on a terminal, plain lines otherwise, or nothing. */
    Progress progress(PrintWriter err, String task, long total, String unit) {
        return progress(quiet, err, task, total, unit);
    }

    /** Says on {@code err} what the command does now that the replications are done (unless {@code --quiet}). */
    void phase(PrintWriter err, String task, String what) {
        if (!quiet) {
            err.println(task + ": " + what);
            err.flush();
        }
    }

    /** Like {@link #progress(PrintWriter, String, long, String)}, for a command with its own {@code --quiet}. */
    static Progress progress(boolean quiet, PrintWriter err, String task, long total, String unit) {
        if (quiet) {
            return Progress.NONE;
        }
        return System.console() != null ? TerminalProgress.bar(task, total, unit) : new LineProgress(err, task, total, unit);
    }
}
