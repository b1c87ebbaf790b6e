package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.Series;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.DeliverySpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PowerMilestoneSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.junit.jupiter.api.Test;

/**
 * A site's scheduled supply with fixed delays. The chip draws 1.6 kW IT at PUE 1.25 (0.002 MW)
 * and rates 2.5 H100e. The site has 0.1 MW from the start and a 0.5 MW milestone due on day 20,
 * 5 days late (day 25); 100 chips are delivered each quarter from 2026-01-01 until 2026-05-31,
 * each 10 days late: on day 10 (from 2026-01-01) and day 100 (from 2026-04-01, day 90); 2026-07-01
 * is past the schedule's end. The run lasts 200 days.
 */
class SupplyScheduleTest {

    private static final LocalDate START = Specs.START;
    private static final AcceleratorSpec CHIP = new AcceleratorSpec("x", "nvidia", null, 1.6, 2.5, null, null,
            List.of());

    private static ReplicationResult run() {
        return run(5, 10);
    }

    /** The site above with the milestone {@code powerDelay} days and every delivery {@code slip} days late. */
    private static ReplicationResult run(double powerDelay, double slip) {
        SiteSpec site = new SiteSpec("s", "r", 1.25, Map.of(),
                List.of(Specs.power(START, 0.1),
                        new PowerMilestoneSpec(START.plusDays(20), 0.5, new Distribution.Fixed(powerDelay))),
                List.of(new DeliverySpec("x", 100, START, LocalDate.of(2026, 5, 31), new Distribution.Fixed(slip))),
                null);
        CloudSpec cloud = new CloudSpec("c", null, null, Map.of("x", new PriceSpec(3.0, 8.0)), null, null, null,
                List.of(site));
        LabSpec lab = new LabSpec("lab", new DemandSpec(null, null, null, null), null, null, null);
        ScenarioSpec spec = new ScenarioSpec("schedule", "", START, START.plusDays(199), 7L, 1, Duration.ofDays(1),
                List.of(CHIP), List.of(cloud), List.of(lab), List.of(), List.of());
        return new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
    }

    @Test
    void deliveriesAndMilestonesArriveLateByTheirDelaysAndStopAtTheScheduleEnd() {
        ReplicationResult result = run();
        Series capacity = result.recorder().series().get(SeriesKey.of(Metric.CAPACITY_H100E).cloud("c"));
        Series stranded = result.recorder().series().get(SeriesKey.of(Metric.STRANDED_CHIPS).cloud("c"));
        Series power = result.recorder().series().get(SeriesKey.of(Metric.POWER_ONLINE_MW).cloud("c"));
        assertEquals(0, capacity.value(8), 1e-9, "nothing before day 10");
        // Day 12: 0.1 MW powers 50 of the 100 chips (125 H100e); 50 wait.
        assertEquals(125, capacity.value(12), 1e-9);
        assertEquals(50, stranded.value(12), 1e-9);
        assertEquals(0.1, power.value(22), 1e-12, "the milestone due on day 20 is late");
        // Day 30: 0.6 MW powers all 100 (250 H100e).
        assertEquals(0.6, power.value(30), 1e-12);
        assertEquals(250, capacity.value(30), 1e-9);
        assertEquals(0, stranded.value(30), 1e-9);
        assertEquals(250, capacity.value(95), 1e-9, "the April batch is late");
        assertEquals(500, capacity.value(105), 1e-9);
        assertEquals(500, capacity.value(199), 1e-9, "no July batch");
    }

    /**
     * Delays that end during a day count from the next midnight. Row {@code i} of a level is its
     * mean over day {@code i}, [i, i + 1). The first batch, 10.5 days late, arrives at the start
     * of day 11: day 10's row holds none of it (half, 62.5 H100e, had it arrived at 10.5) and day
     * 11's the 50 chips 0.1 MW powers (125 H100e). The milestone, 5.25 days late, powers all 100
     * chips from the start of day 26: day 25's row is still 125 (not 125 × 0.25 + 250 × 0.75) and
     * day 26's is 250. The April batch, due on day 90, arrives at the start of day 101: day 100's
     * row is 250 (not 375), day 101's 500.
     */
    @Test
    void aDelayEndingDuringADayCountsFromTheNextMidnight() {
        ReplicationResult result = run(5.25, 10.5);
        Series capacity = result.recorder().series().get(SeriesKey.of(Metric.CAPACITY_H100E).cloud("c"));
        assertEquals(0, capacity.value(10), 1e-9);
        assertEquals(125, capacity.value(11), 1e-9);
        assertEquals(125, capacity.value(25), 1e-9);
        assertEquals(250, capacity.value(26), 1e-9);
        assertEquals(250, capacity.value(100), 1e-9);
        assertEquals(500, capacity.value(101), 1e-9);
    }
}
