package org.gigasim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.LevelCheck;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AnswerSpec;
import org.gigasim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps each catalog scenario's stated levels true: for every {@code answer:} entry with
 * {@code expect: {level: [low, high], years: [...]}}, {@code gigasim run SCENARIO} with
 * {@value #REPLICATIONS} replications must give, for each series the entry selects and each
 * year it names, a 95% interval of the mean inside {@code [low, high]} ({@link LevelCheck}).
 * Every catalog file that states a level is checked; none needs adding here.
 */
class AnswerLevelsIT {

    /** The replications a level is stated for: the catalog's own (baseline-2026 runs 20). */
    private static final String REPLICATIONS = "20";

    @TempDir
    Path dir;

    static List<String> scenariosStatingLevels() {
        return ScenarioLoader.catalogNames().stream()
                .filter(name -> !levels(name).isEmpty())
                .toList();
    }

    private static List<AnswerSpec> levels(String scenario) {
        return ScenarioLoader.resolve(scenario).answer().stream()
                .filter(a -> a.expect() != null && a.expect().isLevel())
                .toList();
    }

    @Test
    void theAcceleratorMixStatesItsLevels() {
        // Guards the discovery: a catalog whose levels all vanished would otherwise pass by checking nothing.
        assertTrue(scenariosStatingLevels().contains("accelerator-mix"), scenariosStatingLevels().toString());
    }

    @ParameterizedTest
    @MethodSource("scenariosStatingLevels")
    void theStatedLevelsHold(String scenario) throws IOException {
        List<AnswerSpec> stated = levels(scenario);
        Path out = dir.resolve(scenario);
        Cli.Result result = Cli.gigasim("run", scenario, "--replications", REPLICATIONS, "--no-charts", "--quiet",
                "--out", out.toString());
        assertEquals(0, result.status(), result.err());
        List<LevelCheck.Figure> figures = figures(new ObjectMapper().readTree(out.resolve("summary.json").toFile()));
        assertFalse(figures.isEmpty(), "summary.json holds no figures");
        List<String> failures = new ArrayList<>();
        for (AnswerSpec answer : stated) {
            failures.addAll(LevelCheck.failures(answer, figures));
        }
        assertTrue(failures.isEmpty(), scenario + ":\n" + String.join("\n", failures));
    }

    /** The yearly figures of summary.json whose metric this version knows. */
    private static List<LevelCheck.Figure> figures(JsonNode summary) {
        List<LevelCheck.Figure> figures = new ArrayList<>();
        for (JsonNode row : summary.get("metrics")) {
            Metric metric = Metric.byId(row.get("metric").asText()).orElse(null);
            if (metric == null) {
                continue;
            }
            SeriesKey key = SeriesKey.of(metric);
            for (Dimension d : Dimension.values()) {
                JsonNode value = row.get(d.column());
                if (value != null && !value.asText().isEmpty()) {
                    key = key.with(d, value.asText());
                }
            }
            figures.add(new LevelCheck.Figure(key, row.get("year").asInt(), number(row.get("mean")),
                    number(row.get("ci95_low")), number(row.get("ci95_high"))));
        }
        return figures;
    }

    /** A number of summary.json; {@code null} (a figure that is not finite) is NaN, which no level holds. */
    private static double number(JsonNode value) {
        return value != null && value.isNumber() ? value.asDouble() : Double.NaN;
    }
}
