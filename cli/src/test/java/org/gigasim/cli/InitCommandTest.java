package org.gigasim.cli;

import static org.gigasim.cli.Cli.gigasim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gigasim init}: a child scenario that validates as written and once its example is uncommented. */
class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAChildOfACatalogScenarioThatValidatesAndInheritsEverything() throws IOException {
        Path file = dir.resolve("My Scenario.yaml");
        Cli.Result r = gigasim("init", file.toString(), "--from", "tutorial/one-cloud-one-lab");
        assertEquals(0, r.status(), r.err());
        String text = Files.readString(file);
        assertTrue(text.contains("\nextends: tutorial/one-cloud-one-lab\nname: my-scenario\n"), text);
        assertTrue(text.contains("# tutorial/one-cloud-one-lab asks: How much of a lab's demand goes unserved"), text);
        ScenarioSpec child = ScenarioLoader.load(file);
        ScenarioSpec parent = ScenarioLoader.loadCatalog("tutorial/one-cloud-one-lab");
        assertEquals("my-scenario", child.name());
        assertEquals(parent.contracts(), child.contracts());
        assertEquals(parent.labs(), child.labs());
        assertEquals(0, gigasim("validate", file.toString()).status());
    }

    @Test
    void theCommentedExampleValidatesOnceUncommentedAndChangesWhatItSays() throws IOException {
        Path file = dir.resolve("variant.yaml");
        assertEquals(0, gigasim("init", file.toString(), "--from", "tutorial/one-cloud-one-lab").status());
        String uncommented = Files.readString(file).replace("\n# contracts:", "\ncontracts:")
                .replace("\n#   - id:", "\n  - id:").replace("\n#     mw:", "\n    mw:");
        Files.writeString(file, uncommented);
        // The parent's only contract is 100 MW; the example doubles it.
        assertEquals(200.0, ScenarioLoader.load(file).contracts().get(0).mw());
    }

    @Test
    void aParentFileIsExtendedByItsPathRelativeToTheNewFile() throws IOException {
        Path parent = dir.resolve("base/parent.yaml");
        assertEquals(0, gigasim("init", parent.toString(), "--from", "tutorial/one-cloud-one-lab").status());
        Path child = dir.resolve("work/child.yaml");
        Cli.Result r = gigasim("init", child.toString(), "--from", parent.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.readString(child).contains("\nextends: ../base/parent.yaml\n"), Files.readString(child));
        assertEquals("child", ScenarioLoader.load(child).name());
    }

    @Test
    void refusesToOverwriteAFileOrToStartFromAnUnknownScenario() throws IOException {
        Path file = dir.resolve("taken.yaml");
        Files.writeString(file, "keep me\n");
        Cli.Result taken = gigasim("init", file.toString(), "--from", "baseline-2026");
        assertEquals(2, taken.status());
        assertEquals("gigasim: " + file + " exists already; choose another name or remove it first\n", taken.err());
        assertEquals("keep me\n", Files.readString(file));
        // A link to a file that does not exist is there too: init does not write through it.
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.yaml"), dir.resolve("nowhere.yaml"));
        Cli.Result linked = gigasim("init", dangling.toString(), "--from", "baseline-2026");
        assertEquals(2, linked.status(), linked.err());
        assertTrue(linked.err().contains("exists already"), linked.err());
        assertFalse(Files.exists(dir.resolve("nowhere.yaml")));

        Cli.Result unknown = gigasim("init", dir.resolve("new.yaml").toString(), "--from", "baseline-2062");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("gigasim: baseline-2062: no such scenario file or catalog scenario"),
                unknown.err());
        assertTrue(!Files.exists(dir.resolve("new.yaml")));

        Cli.Result noFrom = gigasim("init", dir.resolve("new.yaml").toString());
        assertEquals(2, noFrom.status());
        assertTrue(noFrom.err().contains("--from"), noFrom.err());
    }
}
