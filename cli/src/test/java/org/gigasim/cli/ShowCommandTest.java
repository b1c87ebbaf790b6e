package org.gigasim.cli;

import static org.gigasim.cli.Cli.gigasim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gigasim show} and the answer {@code gigasim run} prints: the question, then the figures that answer it. */
class ShowCommandTest {

    @TempDir
    Path dir;

    @Test
    void runPrintsTheAnswerAndShowPrintsItAgainFromTheFolder() {
        String out = dir.resolve("run").toString();
        Cli.Result run = gigasim("run", "tutorial/one-cloud-one-lab", "--replications", "3", "--no-charts", "--quiet",
                "--out", out);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Question: How much of a lab's demand goes unserved"), run.out());
        assertTrue(run.out().contains("Outage time (hours), acme-cloud · outage_hours"), run.out());
        Cli.Result show = gigasim("show", out);
        assertEquals(0, show.status(), show.err());
        assertTrue(show.out().startsWith("gigasim: one-cloud-one-lab\nQuestion: "), show.out());
        // Both years, and the interval line under the means: the answer as run printed it.
        assertTrue(show.out().contains("2026") && show.out().contains("2027"), show.out());
        assertTrue(run.out().contains(show.out().substring(show.out().indexOf('\n') + 1)), "run printed the same");
    }

    @Test
    void showOfACompareFolderGivesAAndBAndTheirDifference() {
        String out = dir.resolve("cmp").toString();
        Cli.Result compare = gigasim("compare", "tutorial/two-clouds-one-clause", "tutorial/two-clouds-failover",
                "--replications", "3", "--no-charts", "--quiet", "--out", out);
        assertEquals(0, compare.status(), compare.err());
        assertTrue(compare.out().contains("chance alone would flag about"), compare.out());
        assertTrue(compare.out().contains("Benjamini-Hochberg"), compare.out());
        Cli.Result show = gigasim("show", out);
        assertTrue(show.out().startsWith("two-clouds-one-clause vs two-clouds-failover\n"), show.out());
        assertTrue(show.out().contains("api-lab · stateless API · B − A"), show.out());
    }

    @Test
    void aFolderWithoutOutputsIsRefusedWithWhatToGive() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Cli.Result show = gigasim("show", empty.toString());
        assertEquals(Main.EXIT_INVALID_INPUT, show.status());
        assertTrue(show.err().contains("holds no summary.json, compare.csv or sweep.csv"), show.err());
        assertEquals("", show.out());
    }

    @Test
    void aDamagedSummaryIsNamedWithWhatIsWrongAsChartNamesIt() throws Exception {
        Map<String, String> said = Map.of("", "is empty; run the command that wrote it again",
                "[]", "is not a JSON object; run the command that wrote it again", "{}",
                "has no metrics list; run the command that wrote it again",
                "{\"scenario\": \"x\", \"metrics\": [", "is not valid JSON at line 1");
        int n = 0;
        for (Map.Entry<String, String> damage : said.entrySet()) {
            Path folder = Files.createDirectories(dir.resolve("damaged-" + n++));
            Files.writeString(folder.resolve("summary.json"), damage.getKey());
            Cli.Result show = gigasim("show", folder.toString());
            assertEquals(Main.EXIT_INVALID_INPUT, show.status(), damage.getKey());
            assertTrue(show.err().contains(folder.resolve("summary.json") + " " + damage.getValue()), show.err());
            assertEquals("", show.out());
        }
    }
}
