package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sobol' indices of the tutorial scenario: a factor that cannot affect a metric gets a total
 * index of zero, one that drives it a large one, and the outputs are the same bytes on one
 * thread and on two.
 */
class SensitivityCommandIT {

    private static final String GROWTH = "labs.small-lab.demand.stateless_api.growth_per_year";
    private static final String PRICE = "contracts.acme-small-2026.price_usd_per_chip_hour";
    private static final String METRIC = "unserved_h100e_hours@lab=small-lab";

    @TempDir
    Path dir;

    @Test
    void aFactorThatCannotMatterGetsZeroAndTheDriverALargeTotalIndex() throws IOException {
        for (String threads : List.of("1", "2")) {
            StringWriter err = new StringWriter();
            int status = Main.execute(new String[] {"sensitivity", "tutorial/one-cloud-one-lab", "--factor",
                GROWTH + "=0.3..0.9", "--factor", PRICE + "=3..5", "--metric", "unserved_h100e_hours:2027@lab=small-lab", "--samples", "32",
                "--threads", threads, "--quiet", "--out", dir.resolve("t" + threads).toString()},
                    new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
            assertEquals(0, status, err.toString());
        }
        List<String> rows = Files.readAllLines(dir.resolve("t1/sensitivity.csv"));
        // A contract's price moves money, never capacity: with common random numbers unserved demand is
        // identical at every point, so A and AB_price agree exactly and the total index is exactly 0.
        assertTrue(rows.contains(PRICE + "," + METRIC + ",2027,ST,0,0,0"), rows.toString());
        // Demand growth is the only other factor, so it carries all the variance: ST near 1.
        String growth = rows.stream().filter(r -> r.startsWith(GROWTH + "," + METRIC + ",2027,ST,")).findFirst()
                .orElseThrow();
        String[] cells = growth.split(",");
        assertTrue(Double.parseDouble(cells[4]) > 0.8 && Double.parseDouble(cells[5]) > 0.5, growth);
        for (String file : List.of("sensitivity.csv", "sensitivity.json", "report.html",
                "charts/sensitivity-unserved-h100e-hours-lab-small-lab-in-2027.svg")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("t1").resolve(file)),
                    Files.readAllBytes(dir.resolve("t2").resolve(file)), file + " differs between 1 and 2 threads");
        }
    }
}
