package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogTest {

    private static final String TUTORIAL = "tutorial/one-cloud-one-lab";

    static List<String> catalogNames() {
        return ScenarioLoader.catalogNames();
    }

    @ParameterizedTest
    @MethodSource("catalogNames")
    void everyCatalogScenarioLoads(String name) {
        ScenarioSpec spec = ScenarioLoader.loadCatalog(name);
        assertFalse(spec.question().isBlank(), name + " states the question it answers");
    }

    @Test
    void catalogNamesComeFromTheClassPath() {
        assertTrue(ScenarioLoader.catalogNames().contains(TUTORIAL), ScenarioLoader.catalogNames().toString());
    }

    @Test
    void catalogScenarioLoadsByNameFromTheClassPath() {
        ScenarioSpec spec = ScenarioLoader.loadCatalog(TUTORIAL);
        assertEquals("one-cloud-one-lab", spec.name());
        assertEquals("acme-cloud", spec.contracts().get(0).cloud());
    }

    @Test
    void resolveTakesACatalogNameOrAPath() {
        LoadedScenario byName = ScenarioLoader.read(TUTORIAL);
        assertEquals("catalog/" + TUTORIAL + ".yaml", byName.source());
        Path file = Path.of("catalog", TUTORIAL + ".yaml");   // the module's own folder, the test's working directory
        LoadedScenario byPath = ScenarioLoader.read(file.toString());
        assertEquals(byName.spec(), byPath.spec());
        assertEquals(byName.sha256(), byPath.sha256(), "the jar holds the file's exact bytes");
        assertEquals(byName.spec(), ScenarioLoader.resolve(TUTORIAL));
    }

    @Test
    void unknownCatalogNameListsTheCatalog() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.resolve("no-such-scenario"));
        assertTrue(e.getMessage().startsWith("no-such-scenario: no such scenario file or catalog scenario; the catalog has: "),
                e.getMessage());
        assertTrue(e.getMessage().contains(TUTORIAL), e.getMessage());
    }

    @Test
    void aMissingPathIsNotMistakenForACatalogName() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.resolve("missing/baseline.yaml"));
        assertEquals(Path.of("missing/baseline.yaml") + ": no such file", e.getMessage());
    }
}
