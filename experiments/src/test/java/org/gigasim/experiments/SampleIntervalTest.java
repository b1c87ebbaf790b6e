package org.gigasim.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.World;
import org.gigasim.scenarios.ScenarioLoader;
import org.gigasim.results.HeadlineFigures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No yearly figure depends on the sample interval: every catalog and tutorial scenario,
 * run with daily and with weekly samples, gives the same figure for every series and year,
 * to 1e-9 relative. The statistics are exact time integrals, so only floating-point
 * summation order may differ.
 */
class SampleIntervalTest {

    static List<String> catalog() {
        return ScenarioLoader.catalogNames();
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void yearlyFiguresAreTheSameForDailyAndWeeklySamples(String name) {
        ScenarioSpec spec = ScenarioLoader.loadCatalog(name);
        SortedMap<HeadlineFigures.Cell, Double> daily = figures(spec, Duration.ofDays(1));
        SortedMap<HeadlineFigures.Cell, Double> weekly = figures(spec, Duration.ofDays(7));
        assertEquals(daily.keySet(), weekly.keySet(), name + ": the same series and years");
        assertTrue(daily.size() > 100, name + " has " + daily.size() + " figures");
        for (Map.Entry<HeadlineFigures.Cell, Double> e : daily.entrySet()) {
            double a = e.getValue();
            double b = weekly.get(e.getKey());
            double scale = Math.max(Math.abs(a), Math.abs(b));
            assertTrue(Math.abs(a - b) <= 1e-9 * scale || Math.abs(a - b) <= 1e-6,
                    name + " " + e.getKey() + ": daily " + a + " vs weekly " + b);
        }
    }

    private static SortedMap<HeadlineFigures.Cell, Double> figures(ScenarioSpec spec, Duration sample) {
        ScenarioSpec sampled = new ScenarioSpec(spec.name(), spec.question(), spec.start(), spec.end(), spec.seed(), 1,
                sample, spec.accelerators(), spec.clouds(), spec.labs(), spec.contracts(), spec.events());
        var result = new World(sampled, 0, ClauseRegistry.standard()).run();
        return new HeadlineFigures(new SimCalendar(spec.start())).of(result.recorder());
    }
}
