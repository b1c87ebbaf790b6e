package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gigasim sensitivity}: a scenario file's block runs as it says, and every mistake in the
 * options is one message naming the option, exit 2, before anything runs.
 */
class SensitivityCommandTest {

    private static final String TUTORIAL = "tutorial/one-cloud-one-lab";
    private static final String GROWTH = "labs.small-lab.demand.stateless_api.growth_per_year";

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    @Test
    void theFilesBlockRunsWithoutFactorOptions() throws IOException {
        Path file = dir.resolve("sensitivity-block.yaml");
        try (InputStream in = getClass().getResourceAsStream("/scenarios/sensitivity-block.yaml")) {
            Files.write(file, in.readAllBytes());
        }
        Result r = gigasim("sensitivity", file.toString(), "--no-charts", "--out", out("block"));
        assertEquals(0, r.status(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("block/sensitivity.csv"));
        assertEquals("factor,metric,year,index,value,ci95_low,ci95_high", lines.get(0));
        // Morris: 2 factors × 2 responses × (mu_star, sigma, mu); the block's default year is the run's last.
        assertEquals(1 + 2 * 2 * 3, lines.size());
        assertTrue(lines.get(1).startsWith(GROWTH + ",unserved_h100e_hours@lab=small-lab,2027,mu_star,"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("contracts.acme-small-2026.price_usd_per_chip_hour,"
                + "revenue_usd,2026,mu_star,")), lines.toString());
        // The contract price cannot change unserved demand: every elementary effect is exactly zero.
        assertTrue(lines.contains("contracts.acme-small-2026.price_usd_per_chip_hour,unserved_h100e_hours@lab=small-lab,"
                + "2027,mu_star,0,0,0"), lines.toString());
        String json = Files.readString(dir.resolve("block/sensitivity.json"));
        assertTrue(json.contains("\"method\" : \"morris\"") && json.contains("\"runs\" : 12"), json);
        // Without charts there is no report, and the last line names only what was written.
        assertFalse(Files.exists(dir.resolve("block/report.html")));
        assertTrue(r.out().contains("; sensitivity.csv in ") && !r.out().contains("report.html"), r.out());
    }

    @Test
    void aHugeSampleCountIsRefusedBeforeItsDesignIsBuilt() {
        // Morris: 2^30 trajectories of 2 points would overflow an array; refused from the arithmetic alone.
        assertRefused(gigasim("sensitivity", TUTORIAL, "--method", "morris", "--samples", "1073741824", "--factor",
                GROWTH + "=0.1..0.5", "--metric", "revenue_usd", "--allow-large"),
                "this analysis would have 2147483648 runs, more than the 1000000 a design may have; lower --samples");
        // Sobol': 2^24 × (1 + 2) runs, past the limit even with --allow-large; 2^12 × 3 past the one without it.
        assertRefused(gigasim("sensitivity", TUTORIAL, "--samples", "16777216", "--factor", GROWTH + "=0.1..0.5",
                "--metric", "revenue_usd", "--allow-large"), "this analysis would have 50331648 runs");
        assertRefused(gigasim("sensitivity", TUTORIAL, "--samples", "4096", "--factor", GROWTH + "=0.1..0.5",
                "--metric", "revenue_usd"), "this analysis has 12288 runs of 1 replication(s), 12288 in all, more than"
                + " the 10000 gigasim runs without --allow-large");
    }

    @Test
    void aFactorWithoutARangeIsRefusedNamingTheOption() {
        Result r = gigasim("sensitivity", TUTORIAL, "--factor", GROWTH + "=0.5", "--metric", "revenue_usd");
        assertRefused(r, "--factor " + GROWTH + "=0.5: give a range LOW..HIGH");
        assertRefused(gigasim("sensitivity", TUTORIAL, "--factor", GROWTH + "=0.9..0.3", "--metric", "revenue_usd"),
                "LOW < HIGH");
        // A distribution that refuses its parameters says why, not which Java class it could not build.
        assertRefused(gigasim("sensitivity", TUTORIAL, "--factor", GROWTH + "={uniform: {min: 1, max: 0}}", "--metric",
                "revenue_usd"), "not a distribution (uniform min must be less than max, but uniform min was 1.0 and max"
                + " was 0.0)");
    }

    @Test
    void anUnknownMetricOrDimensionIsRefusedNamingTheOption() {
        assertRefused(gigasim("sensitivity", TUTORIAL, "--factor", GROWTH + "=0.3..0.9", "--metric", "revenue_dollars"),
                "--metric revenue_dollars: unknown metric 'revenue_dollars'");
        assertRefused(gigasim("sensitivity", TUTORIAL, "--factor", GROWTH + "=0.3..0.9", "--metric",
                "revenue_usd@labb=x"), "unknown dimension 'labb'");
        assertRefused(gigasim("sensitivity", TUTORIAL, "--factor", GROWTH + "=0.3..0.9", "--metric",
                "revenue_usd@traffic_class=stateless_api"), "revenue_usd is recorded by");
        assertRefused(gigasim("sensitivity", TUTORIAL, "--factor", GROWTH + "=0.3..0.9", "--metric", "revenue_usd:2031"),
                "the run covers 2026 to 2027");
    }

    @Test
    void aMetricThatMatchesNoSeriesIsRefused() {
        assertRefused(gigasim("sensitivity", TUTORIAL, "--factor", GROWTH + "=0.3..0.9", "--samples", "2", "--metric",
                "revenue_usd@cloud=nobody", "--no-charts", "--out", out("none")), "matched no series");
        assertFalse(Files.exists(dir.resolve("none")), "a refused analysis leaves no folder");
    }

    @Test
    void aBadFactorPathOrMethodIsRefusedBeforeAnythingRuns() {
        assertRefused(gigasim("sensitivity", TUTORIAL, "--factor", "labs.small-lab.demand.stateless_api.growth=0.3..0.9",
                "--metric", "revenue_usd", "--out", out("bad")), "growth_per_year");
        assertRefused(gigasim("sensitivity", TUTORIAL, "--factor", GROWTH + "=0.3..0.9", "--metric", "revenue_usd",
                "--method", "fast"), "--method: unknown sensitivity method 'fast': use one of sobol, morris, lhs");
        assertRefused(gigasim("sensitivity", TUTORIAL, "--factor", GROWTH + "={normal: {mean: 0.6, sd: 0.1}}",
                "--metric", "revenue_usd", "--method", "morris"), "give it a range LOW..HIGH or a bounded distribution");
        assertRefused(gigasim("sensitivity", TUTORIAL, "--factor", "clouds.acme-cloud.fiscal_year_start_month=1..12",
                "--metric", "revenue_usd"), "--factor clouds.acme-cloud.fiscal_year_start_month=");
        assertRefused(gigasim("sensitivity", TUTORIAL, "--factor", "clouds.acme-cloud.fiscal_year_start_month=1..12",
                "--metric", "revenue_usd"), "so it must be a field that takes decimals");
        assertFalse(Files.exists(dir.resolve("bad")));
    }

    @Test
    void aScenarioWithoutABlockNeedsFactors() {
        assertRefused(gigasim("sensitivity", TUTORIAL, "--metric", "revenue_usd"),
                "has no sensitivity: block; give the factors with --factor PATH=LOW..HIGH");
    }

    private static void assertRefused(Result r, String message) {
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one message: " + r.err());
    }

    private String out(String name) {
        return dir.resolve(name).toString();
    }

    private static Result gigasim(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--quiet");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString().replaceFirst("^gigasim: ", ""));
    }
}
