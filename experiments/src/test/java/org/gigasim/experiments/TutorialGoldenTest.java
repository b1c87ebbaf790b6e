package org.gigasim.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.World;
import org.gigasim.scenarios.ScenarioLoader;
import org.gigasim.results.RunInfo;
import org.gigasim.results.RunWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs each tutorial scenario (its own seed, two replications) and compares its
 * {@code summary.json} with the golden copy in {@code src/test/resources/golden/}, so a change
 * in what the tutorial shows is seen and reviewed. After an intended change to the model or a
 * tutorial file, refresh the goldens with
 * {@code ./mvnw -B -pl experiments -am test -Dtest=TutorialGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgigasim.updateGolden=true}
 * and read the diff before committing it.
 *
 * <p>Why the golden values are plausible, checked by hand: in one-cloud-one-lab, acme-east has
 * 100 MW online from 2026-01-01 and another 100 MW due 2027-01-01 (late by a lognormal with a
 * 60-day median), so power_online_mw of acme-cloud is 100 in 2026 and at most 200 at the end
 * of 2027. In two-clouds-one-clause, big-cloud's contract reserves 100 MW / (1.85 kW x 1.2 PUE)
 * = 45,045 chips, of which 45,000 are installed: 112,500 H100e, roughly the lab's opening
 * demand of 60,000 + 40,000 H100e with 30% yearly growth, so capacity is tight and the
 * September 2026 outage shows up as unserved stateless traffic, less of it with failover.
 *
 * <p>What the event-driven world changed in the goldens, and why each new number is right:
 * capacity is now a level, so its yearly figure is the year's time-weighted mean rather than
 * its year-end value — acme-cloud's 2026 capacity falls from 87,500 (year end) to about
 * 66,800 H100e because its chips arrive through the year, and big-cloud's 2026 capacity is
 * 112,500 × (1 − 72/8,760) = 111,575 H100e because the 72-hour September outage takes the
 * whole of it down. Demand is now set once a day (at midnight's growth level) instead of
 * every hour, which moves served and unserved compute, revenue and spend by well under 1%.
 * {@code training_wait_h} now averages the jobs first started in each year, not all starts
 * to date: in one-cloud-one-lab no job waits in 2027 (no training is queued that year), so
 * its 2027 figure is 0. New series (H100e-hours, outage hours, per-region capacity) add
 * rows; the clause metrics moved their clause type to the {@code clause} column.
 */
class TutorialGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    Path dir;

    static List<String> tutorials() {
        return ScenarioLoader.catalogNames().stream().filter(n -> n.startsWith("tutorial/")).toList();
    }

    @ParameterizedTest
    @MethodSource("tutorials")
    void summaryMatchesTheGolden(String name) throws IOException {
        ScenarioSpec spec = ScenarioLoader.loadCatalog(name).withRun(ScenarioLoader.loadCatalog(name).seed(), 2);
        // Hash and version are fixed so that a comment edit or a release does not touch the goldens.
        RunInfo info = new RunInfo(spec.name(), spec.question(), "golden", spec.seed(), 2, "golden", spec.start(), false,
                spec.answer());
        Path out = dir.resolve(spec.name());
        try (RunWriter writer = new RunWriter(out, info, new SimCalendar(spec.start()), false)) {
            for (int r = 0; r < 2; r++) {
                writer.accept(new World(spec, r, ClauseRegistry.standard()).run());
            }
            writer.finish();
        }
        String summary = Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8).replace("\r\n", "\n");
        Path golden = GOLDEN.resolve(name.substring("tutorial/".length()) + ".summary.json");
        if (Boolean.getBoolean("gigasim.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, summary, StandardCharsets.UTF_8);
            return;
        }
        String refresh = "; if the change is intended, refresh the goldens with ./mvnw -B -pl scenarios test"
                + " -Dtest=TutorialGoldenTest -Dgigasim.updateGolden=true";
        assertTrue(Files.exists(golden), golden + " is missing" + refresh);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n"), summary,
                name + " no longer produces its golden summary" + refresh);
    }
}
