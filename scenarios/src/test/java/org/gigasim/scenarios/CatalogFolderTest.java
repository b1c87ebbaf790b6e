package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's catalog folder: with {@code gigasim.catalog.dir} set, catalog names are read
 * from that folder as it is now (an edit shows at once), and the packaged copy is not used.
 */
class CatalogFolderTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearTheProperty() {
        System.clearProperty(Catalog.DIR_PROPERTY);
    }

    @Test
    void namesAndFilesComeFromTheFolderWhenTheLauncherNamesOne() throws IOException {
        Files.createDirectories(dir.resolve("tutorial"));
        String tutorial = Files.readString(Path.of("catalog/tutorial/one-cloud-one-lab.yaml"));
        Files.writeString(dir.resolve("tutorial/one-cloud-one-lab.yaml"), tutorial);
        Files.writeString(dir.resolve("edited.yaml"), """
                extends: tutorial/one-cloud-one-lab
                name: edited
                replications: 3
                """);
        System.setProperty(Catalog.DIR_PROPERTY, dir.toString());

        assertEquals(List.of("edited", "tutorial/one-cloud-one-lab"), ScenarioLoader.catalogNames());
        assertEquals(3, ScenarioLoader.loadCatalog("edited").replications());
        Files.writeString(dir.resolve("edited.yaml"), "extends: tutorial/one-cloud-one-lab\nname: edited\nreplications: 4\n");
        assertEquals(4, ScenarioLoader.loadCatalog("edited").replications(), "an edit shows without a rebuild");
        ScenarioException missing = assertThrows(ScenarioException.class, () -> ScenarioLoader.loadCatalog("baseline-2026"));
        assertTrue(missing.getMessage().contains("the catalog has: edited, tutorial/one-cloud-one-lab"),
                missing.getMessage());
    }

    @Test
    void withoutTheFolderTheClassPathCatalogIsRead() {
        System.setProperty(Catalog.DIR_PROPERTY, dir.resolve("no-such-folder").toString());
        assertTrue(ScenarioLoader.catalogNames().contains("baseline-2026"));
        System.clearProperty(Catalog.DIR_PROPERTY);
        assertTrue(ScenarioLoader.catalogNames().contains("baseline-2026"));
    }
}
