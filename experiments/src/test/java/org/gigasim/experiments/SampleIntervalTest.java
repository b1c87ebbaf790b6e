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
 * No yearly figure depends on the sample interval: every catalog and tutorial scenario, whole
 * (its market block included), run with daily and with weekly samples, gives the same figure
 * for every series and year in each of its first three replications, to 1e-9 relative. The
 * statistics are exact time integrals, so only floating-point summation order may differ, and
 * no decision may read those last digits (a binding cash rule once did, in azure-outage-2027's
 * second replication).
 */
class SampleIntervalTest {

    private static final int REPLICATIONS = 3;

    static List<String> catalog() {
        return ScenarioLoader.catalogNames();
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void yearlyFiguresAreTheSameForDailyAndWeeklySamples(String name) {
        ScenarioSpec spec = ScenarioLoader.loadCatalog(name);
        for (int replication = 0; replication < REPLICATIONS; replication++) {
            sameFigures(name + " replication " + replication, spec, replication);
        }
    }

    private static void sameFigures(String name, ScenarioSpec spec, int replication) {
        SortedMap<HeadlineFigures.Cell, Double> daily = figures(spec, Duration.ofDays(1), replication);
        SortedMap<HeadlineFigures.Cell, Double> weekly = figures(spec, Duration.ofDays(7), replication);
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

    private static SortedMap<HeadlineFigures.Cell, Double> figures(ScenarioSpec spec, Duration sample,
            int replication) {
        ScenarioSpec sampled = new ScenarioSpec(spec.name(), spec.question(), spec.start(), spec.end(), spec.seed(),
                REPLICATIONS, sample, spec.accelerators(), spec.clouds(), spec.labs(), spec.contracts(), spec.events(),
                spec.answer(), spec.market());
        var result = new World(sampled, replication, ClauseRegistry.standard()).run();
        return new HeadlineFigures(new SimCalendar(spec.start())).of(result.recorder());
    }
}
