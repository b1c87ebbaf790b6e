package org.gigasim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentChartsTest {

    @TempDir
    Path temp;

    @Test
    void compareAndSweepFoldersRenderDifferencesMetricsAndTornados() throws Exception {
        Path dir = FixtureRun.experiment(temp.resolve("experiment"));
        Charts.Rendered rendered = Charts.render(dir);
        // Sweep charts follow the catalog's order: unserved_h100e (demand) before the money metrics.
        assertEquals(List.of("compare-usd", "compare-fraction", "sweep-unserved-h100e", "sweep-revenue-usd",
                "sweep-backlog-top-share", "tornado-unserved-h100e", "tornado-revenue-usd", "tornado-backlog-top-share"),
                rendered.charts());
        for (String name : rendered.charts()) {
            ChartAssertions.parseXml(dir.resolve("charts").resolve(name + ".svg"));
            assertTrue(ChartAssertions.distinctColours(javax.imageio.ImageIO.read(
                    dir.resolve("charts").resolve(name + ".png").toFile())) > 30, name);
        }
        ChartAssertions.parseXml(rendered.report());
    }

    @Test
    void compareChartDropsSiteRowsAndNamesTheYearOfEachDifference() throws Exception {
        Path dir = FixtureRun.experiment(temp.resolve("compare"));
        java.nio.file.Files.delete(dir.resolve("sweep.csv"));
        Charts.render(dir);
        String svg = java.nio.file.Files.readString(dir.resolve("charts/compare-usd.svg"));
        assertTrue(svg.contains("revenue_usd · azure") && svg.contains("backlog_usd · azure"));
        assertTrue(svg.contains("· 2027"), "each difference is labelled with its year");
        assertTrue(!java.nio.file.Files.exists(dir.resolve("charts/compare-mw.svg")), "site rows are not headline");
    }
}
