package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Scenario text written into a test's folder, and the problems the loader reports for it.
 * Problems come back as printed, with the file's path shortened to {@code F}, so a test reads
 * {@code "F:26:11: unknown site …"}.
 */
final class ScenarioFiles {

    private final Path dir;

    ScenarioFiles(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code text} to {@code name} inside the folder, creating its parents. */
    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** Loads {@code text} as {@code scenario.yaml}, expects it refused, and returns its problems. */
    List<String> problems(String text) throws IOException {
        Path file = write("scenario.yaml", text);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(String.join("\n", e.problems().stream().map(Problem::toString).toList()), e.getMessage(),
                "the message is the problems, one per line");
        return e.problems().stream().map(p -> p.toString().replace(file.toString(), "F")).toList();
    }
}
