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
import java.util.Locale;
import org.gigasim.model.metrics.AnswerSelection;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AnswerSpec;
import org.gigasim.model.spec.ExpectSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.scenarios.ScenarioLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps each catalog scenario's stated answer true: for every {@code answer:} entry with an
 * {@code expect:}, {@code gigasim compare VS SCENARIO} (same seed, common random numbers) must
 * show, for each series the entry selects and each year it names, a mean paired difference
 * in the stated direction whose 95% interval excludes zero, at least {@code min_change} in size.
 * Levels ({@code expect: {level: ...}}) are kept true by {@link AnswerLevelsIT}.
 */
class AnswerExpectationsIT {

    /** Enough pairs for t-intervals whose width the stated effects clear by a wide margin. */
    private static final String REPLICATIONS = "8";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"openai-forecast-cut", "routing-clause-ends-2026", "azure-outage-2027", "power-crunch",
            "rofr-kept"})
    void theStatedAnswerHolds(String scenario) throws IOException {
        ScenarioSpec spec = ScenarioLoader.resolve(scenario);
        List<AnswerSpec> stated = spec.answer().stream().filter(a -> a.expect() != null && !a.expect().isLevel())
                .toList();
        assertFalse(stated.isEmpty(), scenario + " states no expected answer");
        List<String> failures = new ArrayList<>();
        for (String vs : stated.stream().map(a -> a.expect().vs()).distinct().toList()) {
            Path out = dir.resolve(scenario + "-vs-" + vs);
            Cli.Result result = Cli.gigasim("compare", vs, scenario, "--replications", REPLICATIONS, "--no-charts",
                    "--quiet", "--out", out.toString());
            assertEquals(0, result.status(), result.err());
            JsonNode differences = new ObjectMapper().readTree(out.resolve("compare.json").toFile()).get("differences");
            for (AnswerSpec answer : stated) {
                if (answer.expect().vs().equals(vs)) {
                    check(answer, differences, failures);
                }
            }
        }
        assertTrue(failures.isEmpty(), scenario + ":\n" + String.join("\n", failures));
    }

    private static void check(AnswerSpec answer, JsonNode differences, List<String> failures) {
        ExpectSpec expect = answer.expect();
        int seen = 0;
        for (JsonNode row : differences) {
            SeriesKey key = key(row);
            if (key == null || !AnswerSelection.matches(answer, key) || !expect.years().contains(row.get("year").asInt())) {
                continue;
            }
            seen++;
            double mean = row.get("diff_mean").asDouble();
            double low = row.get("diff_ci95_low").asDouble();
            double high = row.get("diff_ci95_high").asDouble();
            boolean clear = expect.sign() > 0 ? low > 0 : high < 0;
            if (!clear || Math.abs(mean) < expect.minChange()) {
                failures.add(String.format(Locale.ROOT, "%s %d: expected a %s of at least %.4g, got %.4g [%.4g, %.4g]",
                        key, row.get("year").asInt(), expect.change(), expect.minChange(), mean, low, high));
            }
        }
        if (seen == 0) {
            failures.add(answer.metric() + ": no figure selected in years " + expect.years());
        }
    }

    /** The series a row of compare.json describes; null for a metric this version does not know. */
    private static SeriesKey key(JsonNode row) {
        Metric metric = Metric.byId(row.get("metric").asText()).orElse(null);
        if (metric == null) {
            return null;
        }
        SeriesKey key = SeriesKey.of(metric);
        for (Dimension d : Dimension.values()) {
            JsonNode value = row.get(d.column());
            if (value != null && !value.asText().isEmpty()) {
                key = key.with(d, value.asText());
            }
        }
        return key;
    }
}
