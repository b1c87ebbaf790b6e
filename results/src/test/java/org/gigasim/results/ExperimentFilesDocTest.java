package org.gigasim.results;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExperimentFilesDocTest {

    @Test
    void everyCompareAndSweepColumnIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "metrics.md"));
        for (String column : CompareWriter.COLUMNS) {
            assertTrue(doc.contains("`" + column + "`"), "docs/metrics.md does not describe compare column " + column);
        }
        for (String column : SweepWriter.FIGURE_COLUMNS) {
            assertTrue(doc.contains("`" + column + "`"), "docs/metrics.md does not describe sweep column " + column);
        }
        assertTrue(doc.contains("### `sweep.csv`") && doc.contains("### `compare.json` and `compare.csv`"));
    }
}
