package org.gigasim.experiments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.ScenarioException;
import org.gigasim.scenarios.ScenarioLoader;

/**
 * Binds a scenario from its resolved YAML (what {@code scenario.resolved.yaml} holds: the file
 * after {@code extends:} and {@code --set}), the way a worker on another machine gets the
 * scenario the driver loaded, without the files it was loaded from.
 */
final class ResolvedScenarios {

    private ResolvedScenarios() {
    }

    /**
     * The scenario in {@code yaml} with {@code overrides} applied, loaded as a file is.
     *
     * @param name the scenario's name, for the message if it no longer loads
     * @throws ExperimentInputException if it does not load
     */
    static ScenarioSpec bind(String yaml, List<String> overrides, String name) {
        Path file = null;
        try {
            file = Files.createTempFile("gigasim-scenario-", ".yaml");
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return ScenarioLoader.read(file.toString(), overrides).spec();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ScenarioException e) {
            throw new ExperimentInputException("the scenario " + name + " as it was resolved no longer loads ("
                    + e.getMessage() + "); run it again with this version");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A temporary file left behind is harmless.
                }
            }
        }
    }
}
