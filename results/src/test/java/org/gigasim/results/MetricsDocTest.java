package org.gigasim.results;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gigasim.model.metrics.Metric;
import org.junit.jupiter.api.Test;

class MetricsDocTest {

    @Test
    void everyMetricHasARowInTheMetricsTable() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "metrics.md"));
        for (Metric metric : Metric.values()) {
            assertTrue(doc.contains("| `" + metric.id() + "` |"), metric.id() + " is not in docs/metrics.md");
        }
    }

    @Test
    void everyTimeseriesColumnIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "metrics.md"));
        for (String column : TimeseriesWriter.COLUMNS) {
            assertTrue(doc.contains("`" + column + "`"), column + " is not in docs/metrics.md");
        }
    }
}
