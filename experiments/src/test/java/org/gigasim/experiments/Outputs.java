package org.gigasim.experiments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.World;
import org.gigasim.scenarios.LoadedScenario;
import org.gigasim.scenarios.ScenarioLoader;
import org.gigasim.results.RunInfo;

/** Helpers for the experiment tests: the tutorial scenario, and byte-for-byte comparison of output folders. */
final class Outputs {

    static final String TUTORIAL = "tutorial/one-cloud-one-lab";
    static final ReplicationTask WORLD = (scenario, r) -> new World(scenario, r, ClauseRegistry.standard()).run();

    private Outputs() {
    }

    static ScenarioSpec tutorial(int replications) {
        LoadedScenario loaded = ScenarioLoader.read(TUTORIAL);
        return loaded.spec().withRun(loaded.spec().seed(), replications);
    }

    static RunInfo info(ScenarioSpec spec) {
        return new RunInfo(spec.name(), spec.question(), "test", spec.seed(), spec.replications(), "test", spec.start(),
                false);
    }

    /** Asserts both folders hold the same file names with the same bytes. */
    static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<String> names = names(expected);
        assertEquals(names, names(actual), "file names");
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    name + " differs");
        }
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
