package org.gigasim.cli;

import java.util.ArrayList;
import java.util.List;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioException;
import org.gigasim.scenarios.ScenarioLoader;
import picocli.CommandLine.Option;

/**
 * The {@code --set path=value} option of every command that takes a scenario, and loading
 * the scenario with it: a scenario's problems become a {@link UserInputException}.
 */
final class ScenarioOverrides {

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = {"Override a field of the scenario, checked like the file; repeatable. List entries are named",
                "by id: --set labs.openai.demand.stateless_api.growth_per_year=0.5, --set replications=5."})
    private List<String> set = new ArrayList<>();

    /** The overrides given, in order. */
    List<String> overrides() {
        return List.copyOf(set);
    }

    /** The scenario a user named (a file or catalog name) with the overrides applied. */
    LoadedScenario load(String scenario) {
        try {
            return ScenarioLoader.read(scenario, overrides());
        } catch (ScenarioException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
