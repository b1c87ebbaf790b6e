package org.gigasim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.world.ReplicationResult;
import org.gigasim.model.world.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every catalog scenario (two replications) with the model's invariants checked at
 * every sample: power used within power online, chips installed within delivered, served
 * within capacity, demand = served + unserved, and money conserved per contract. Each run
 * must make exactly the checks its sample times call for, so a checker that silently skips
 * samples fails here (and InvariantListenerTest shows that each check can fail).
 */
class CatalogInvariantsTest {

    /** A money check before each sample's routing step and a state check after it. */
    private static final int CHECKS_PER_SAMPLE = 2;

    static List<String> catalog() {
        return ScenarioLoader.catalogNames();
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void everyCatalogScenarioRunsWithItsInvariantsHolding(String name) {
        ScenarioSpec spec = ScenarioLoader.loadCatalog(name);
        long expectedChecks = (long) CHECKS_PER_SAMPLE * sampleDates(spec).size();
        for (int r = 0; r < 2; r++) {
            World world = new World(spec, r, ClauseRegistry.standard()).checkingInvariants();
            ReplicationResult result = world.run();
            assertEquals(expectedChecks, world.invariantChecksMade(), name + " replication " + r + " checks made");
            assertFalse(result.recorder().series().isEmpty(), name + " recorded nothing");
            boolean someCapacity = result.recorder().series().entrySet().stream()
                    .filter(e -> e.getKey().metric() == Metric.CAPACITY_H100E)
                    .anyMatch(e -> e.getValue().size() > 0 && e.getValue().value(e.getValue().size() - 1) > 0);
            assertTrue(someCapacity, name + " ends with no capacity anywhere");
        }
    }

    @Test
    void theTutorialIsCheckedTwiceADay() {
        // 2026-01-01 to 2027-12-31 inclusive is 365 + 365 = 730 days, sampled daily from
        // midnight of the first day to midnight after the last: 731 samples. Every quarter end
        // (calendar, and the cloud's July fiscal year) falls on one of those midnights, so it adds
        // none. 731 × 2 = 1 462 checks.
        ScenarioSpec spec = ScenarioLoader.loadCatalog("tutorial/one-cloud-one-lab");
        assertEquals(731, sampleDates(spec).size());
        World world = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants();
        world.run();
        assertEquals(1462, world.invariantChecksMade());
    }

    @Test
    void theBaselineSamplesWeeklyAndAtEveryQuarterEnd() {
        // 2026-01-01 to 2032-12-31 is 7 × 365 + 2 leap days = 2 557 days. Weekly samples fall on days
        // 0, 7, …, 2 555 (366 of them) and the run's end, day 2 557, adds one: 367. Quarter ends add
        // the midnight after each: 28 calendar quarters (Azure's July fiscal year has the same ends)
        // and 28 Oracle quarters (June fiscal year: ends in Feb, May, Aug, Nov), 56 in all, of which
        // the last calendar one is the run's end. The other 55 land on the weekly grid where their
        // first day is a multiple of 7 days after 2026-01-01, a Thursday: eight do (2026-10-01,
        // 2027-04-01, 2027-07-01, 2028-06-01, 2029-03-01, 2032-01-01, 2032-04-01, 2032-07-01).
        // 367 + 55 − 8 = 414 samples, 828 checks per replication.
        assertEquals(414, sampleDates(ScenarioLoader.loadCatalog("baseline-2026")).size());
    }

    /**
     * The dates whose midnight is a sample time: every {@code sample} interval from the start,
     * the midnight after the last day, and the midnight after every quarter end of the calendar
     * year and of each cloud's fiscal year. (The catalog samples in whole days.)
     */
    static TreeSet<LocalDate> sampleDates(ScenarioSpec spec) {
        long intervalDays = spec.sample().toDays();
        assertEquals(spec.sample().toHours(), intervalDays * 24, "the catalog samples in whole days");
        LocalDate after = spec.end().plusDays(1);
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (LocalDate d = spec.start(); !d.isAfter(after); d = d.plusDays(intervalDays)) {
            dates.add(d);
        }
        dates.add(after);
        dates.addAll(quarterStartsAfter(spec));
        return dates;
    }

    /** The first day of every quarter (calendar or a cloud's fiscal) that starts after the run's start, up to its end. */
    private static TreeSet<LocalDate> quarterStartsAfter(ScenarioSpec spec) {
        TreeSet<Integer> startMonths = new TreeSet<>(List.of(1));
        for (CloudSpec cloud : spec.clouds()) {
            startMonths.add(cloud.fiscalYearStartMonth());
        }
        TreeSet<LocalDate> starts = new TreeSet<>();
        LocalDate after = spec.end().plusDays(1);
        for (int month : startMonths) {
            for (LocalDate d = LocalDate.of(spec.start().getYear() - 1, month, 1); !d.isAfter(after); d = d.plusMonths(3)) {
                if (d.isAfter(spec.start())) {
                    starts.add(d);
                }
            }
        }
        assertTrue(ChronoUnit.DAYS.between(spec.start(), after) > 0);
        return starts;
    }
}
