package org.gigasim.spark;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options every Spark command shares with its gigasim command: {@code --set}, and
 * {@code --threads} and {@code --quiet}, accepted so that a gigasim command line runs unchanged
 * (Spark decides the threads: one task per executor core).
 */
final class JobOptions {

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = {"Override a field of the scenario, checked like the file; repeatable."})
    private List<String> set = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "T",
            description = "Accepted and ignored: Spark runs one task per executor core.")
    private Integer threads;

    @Option(names = "--quiet", description = "Print no progress lines.")
    private boolean quiet;

    /** The overrides given, in order. */
    List<String> overrides() {
        return List.copyOf(set);
    }

    /** Whether to print progress lines. */
    boolean quiet() {
        return quiet;
    }
}
