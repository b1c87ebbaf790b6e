package org.gigasim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.Problem;
import org.gigasim.scenarios.ScenarioException;
import org.gigasim.scenarios.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gigasim validate}: checks a scenario (and the files it extends) without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Check a scenario and every file it extends, without running it.",
        description = {"Check a scenario (a file, or a catalog name) and every file it extends.",
    "Prints OK and what it holds, or every problem as file:line:column: message (exit status 2)."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file (.yaml, .yml, .json) or a catalog name.")
    private String scenario;

    @Mixin
    private ScenarioOverrides overrides;

    @Override
    public Integer call() {
        ScenarioSpec loaded;
        try {
            loaded = ScenarioLoader.read(scenario, overrides.overrides()).spec();
        } catch (ScenarioException e) {
            PrintWriter err = spec.commandLine().getErr();
            for (Problem problem : e.problems()) {
                err.println(problem);
            }
            err.println(e.problems().size() == 1 ? "1 problem" : e.problems().size() + " problems");
            return Main.EXIT_INVALID_INPUT;
        }
        spec.commandLine().getOut().println("OK: " + loaded.name() + " (" + contents(loaded) + ")");
        return 0;
    }

    /** Such as {@code 13 accelerators, 5 clouds, 17 sites, 4 labs, 16 contracts, 5 events; 2026-01-01 to 2032-12-31}. */
    static String contents(ScenarioSpec s) {
        int sites = s.clouds().stream().mapToInt(c -> c.sites().size()).sum();
        return count(s.accelerators().size(), "accelerator") + ", " + count(s.clouds().size(), "cloud") + ", "
                + count(sites, "site") + ", " + count(s.labs().size(), "lab") + ", "
                + count(s.contracts().size(), "contract") + ", " + count(s.events().size(), "event") + "; "
                + s.start() + " to " + s.end();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
