package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gigasim.engine.random.Distribution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario file's {@code sensitivity:} block: read as a plan, ignored by a run, its mistakes located. */
class SensitivityBlockTest {

    @TempDir
    Path dir;

    private String text;

    @BeforeEach
    void readTheScenario() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/sensitivity/sensitivity-block.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBlockIsReadAsAPlanInFileOrder() throws IOException {
        SensitivityPlan plan = ScenarioLoader.sensitivityPlan(write("ok.yaml", text), List.of()).orElseThrow();
        assertEquals("morris", plan.method());
        assertEquals(4, plan.samples());
        assertEquals(null, plan.replications());
        assertEquals(List.of("labs.small-lab.demand.stateless_api.growth_per_year=0.3..0.9",
                "contracts.acme-small-2026.price_usd_per_chip_hour={uniform: {min: 3, max: 5}}"),
                plan.factors().stream().map(SensitivityPlan.FactorEntry::option).toList());
        assertEquals(List.of("unserved_h100e_hours@lab=small-lab", "revenue_usd:2026"), plan.metrics());
    }

    @Test
    void aRunReadsTheFileAsIfTheBlockWereAbsent() throws IOException {
        String without = text.substring(0, text.indexOf("\nsensitivity:")) + "\n";
        LoadedScenario with = ScenarioLoader.read(write("with.yaml", text), List.of());
        LoadedScenario plain = ScenarioLoader.read(write("plain.yaml", without.replace("sensitivity-block", "x")), List.of());
        assertEquals(plain.spec().labs(), with.spec().labs());
        assertTrue(ScenarioLoader.sensitivityPlan(write("plain2.yaml", without), List.of()).isEmpty());
    }

    @Test
    void aBadFactorPathIsReportedAtItsLineInTheBlock() throws IOException {
        String bad = text.replace("growth_per_year: 0.3..0.9", "growth_per_yr: 0.3..0.9");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.read(write("bad.yaml", bad), List.of()));
        int line = lineOf(bad, "growth_per_yr:");
        assertTrue(e.getMessage().contains("bad.yaml:" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("growth_per_year"), e.getMessage());
    }

    @Test
    void aMalformedRangeAndAnUnknownFieldAreReportedWhereTheyAre() throws IOException {
        String range = text.replace("0.3..0.9", "0.9..0.3");
        ScenarioException r = assertThrows(ScenarioException.class, () -> ScenarioLoader.read(write("r.yaml", range), List.of()));
        assertTrue(r.getMessage().contains("r.yaml:" + lineOf(range, "0.9..0.3") + ":"), r.getMessage());
        assertTrue(r.getMessage().contains("LOW..HIGH"), r.getMessage());
        String field = text.replace("  samples: 4", "  sample: 4");
        ScenarioException f = assertThrows(ScenarioException.class, () -> ScenarioLoader.read(write("f.yaml", field), List.of()));
        assertTrue(f.getMessage().contains("f.yaml:" + lineOf(field, "  sample: 4") + ":"), f.getMessage());
        assertTrue(f.getMessage().contains("did you mean 'samples'"), f.getMessage());
    }

    /** What the run would refuse is refused by validate too, where it is written: odd levels, too many replications. */
    @Test
    void countsTheRunWouldRefuseAreReportedWhereTheyAreWritten() throws IOException {
        String odd = text.replace("  samples: 4", "  samples: 4\n  levels: 3");
        ScenarioException o = assertThrows(ScenarioException.class, () -> ScenarioLoader.read(write("o.yaml", odd), List.of()));
        assertTrue(o.getMessage().startsWith(dir.resolve("o.yaml") + ":" + lineOf(odd, "  levels: 3")
                + ":11: sensitivity.levels must be an even number of at least 2, not 3"), o.getMessage());
        String many = text.replace("  samples: 4", "  samples: 4\n  replications: 2000000000");
        ScenarioException m = assertThrows(ScenarioException.class, () -> ScenarioLoader.read(write("m.yaml", many), List.of()));
        assertTrue(m.getMessage().contains("sensitivity.replications must be at most 100000, but was 2000000000"),
                m.getMessage());
        String huge = text.replace("  samples: 4", "  samples: 99999999999");
        ScenarioException h = assertThrows(ScenarioException.class, () -> ScenarioLoader.read(write("h.yaml", huge), List.of()));
        assertTrue(h.getMessage().contains("sensitivity.samples must be at most 2147483647, but was 99999999999"),
                h.getMessage());
    }

    @Test
    void aDistributionIsWrittenAsInAScenarioFile() {
        assertEquals(new Distribution.Triangular(2.5, 3, 4),
                ScenarioLoader.distribution("{triangular: {min: 2.5, mode: 3, max: 4}}", "--factor x"));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.distribution("{triangle: {min: 1}}", "--factor x"));
        assertTrue(e.getMessage().startsWith("--factor x"), e.getMessage());
    }

    private String write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }

    private static int lineOf(String content, String needle) {
        int at = content.indexOf(needle);
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
