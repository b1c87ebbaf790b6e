package org.gigasim.model.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MetricTableTest {

    private static final Path PAGE = Path.of("..", "docs", "metrics.md");

    @Test
    void docsCarryTheTableGeneratedFromTheCatalog() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        int begin = page.indexOf(MetricTable.BEGIN);
        int end = page.indexOf(MetricTable.END);
        assertTrue(begin >= 0 && end > begin, "docs/metrics.md lacks the generated table's markers");
        String current = page.substring(begin, end + MetricTable.END.length() + 1);
        String expected = MetricTable.markdown();
        if (Boolean.getBoolean("gigasim.updateGolden") && !current.equals(expected)) {
            Files.writeString(PAGE, page.replace(current, expected), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, current, "docs/metrics.md is stale; refresh it with ./mvnw -B -pl simulator-engine,model "
                + "test -Dtest=MetricTableTest -Dsurefire.failIfNoSpecifiedTests=false -Dgigasim.updateGolden=true");
    }

    @Test
    void everyMetricIsRecordedSomewhereAndExplainedInASentence() {
        for (Metric m : Metric.values()) {
            assertFalse(m.recordedAt().isEmpty(), m.id() + " has no combination of dimensions");
            assertTrue(m.meaning().endsWith("."), m.id() + "'s meaning is not a sentence");
            assertEquals(m, Metric.byId(m.id()).orElseThrow());
        }
    }
}
