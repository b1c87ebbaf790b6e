package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.lab.TrainingJob;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.TrainingSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Training's queue, waits, starts and its first call on held capacity, on a ten-day fixture
 * computed by hand. {@link CashFixture}'s chip (2.5 H100e, 1.2 kW IT) at PUE 1.25 draws 1.5 kW;
 * the site has 3,000 chips on 4.5 MW, all powered: 7,500 raw H100e. The lab gets 0.8 of the
 * rating (2 effective H100e a chip) and holds 3 MW = 2,000 chips = 4,000 effective H100e at
 * 2.75 $/chip-hour; the 1,000 free chips are 2,000 effective H100e on demand at 4.1 $/chip-hour.
 *
 * <p>A job of 2,500 H100e arrives every 2 days (hours 48, 96, 144, 192; the next would be at
 * the end) and runs 3.5 days (84 h); two never fit at once on 4,000, so they run one by one:
 * job 0 runs 48–132, job 1 waits 96–132 (36 h) and runs to 216, job 2 waits 144–216 (72 h),
 * job 3 is still queued at the end. The lab also serves 2,000 H100e of stateless API traffic,
 * on held capacity while no job runs (days 1–2) and on the 1,500 that training leaves plus
 * 500 on demand from hour 48 on.
 */
class TrainingByHandTest {

    private static final LocalDate START = Specs.START;
    private static ReplicationResult result;

    /** Built for each test, not once: mutation testing links what a @BeforeAll runs to the first test only. */
    @BeforeEach
    void run() {
        SiteSpec site = new SiteSpec("site", "east", 1.25, Map.of("b", 3_000.0), List.of(Specs.power(START, 4.5)),
                List.of(), null);
        CloudSpec cloud = new CloudSpec("cloud", null, null, Map.of("b", new PriceSpec(3.1, 4.1)), null, null, null,
                List.of(site));
        TrainingSpec training = new TrainingSpec(new Distribution.Fixed(2), new Distribution.Fixed(2_500),
                new Distribution.Fixed(3.5), 3.0, null);
        LabSpec lab = new LabSpec("lab", new DemandSpec(Specs.flat(2_000), null, null, training),
                Map.of("b", List.of(new EfficiencyStepSpec(START, 0.8))), null, null);
        ContractSpec deal = new ContractSpec("deal", "lab", "cloud", "b", 3, START, LocalDate.of(2026, 12, 31), null,
                2.75, null, List.of());
        ScenarioSpec spec = new ScenarioSpec("training", "", START, START.plusDays(9), 7L, 1, Duration.ofDays(1),
                List.of(CashFixture.chip()), List.of(cloud), List.of(lab), List.of(deal), List.of());
        result = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run();
    }

    private static double at(SeriesKey key, int day) {
        return ClauseScenarios.at(result, key, day * 24.0);
    }

    @Test
    void jobsStartOneByOneWhenTheWholeJobFits() {
        List<TrainingJob> jobs = result.jobs();
        assertEquals(4, jobs.size());
        double[] submitted = {48, 96, 144, 192};
        double[] firstStart = {48, 132, 216};
        for (int i = 0; i < 4; i++) {
            assertEquals(submitted[i], jobs.get(i).submittedHours(), 1e-9, "job " + i);
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(firstStart[i], jobs.get(i).firstStartHours(), 1e-9, "job " + i);
        }
        assertEquals(132, jobs.get(0).finishedHours(), 1e-9);
        assertEquals(216, jobs.get(1).finishedHours(), 1e-9);
        assertEquals("cloud", jobs.get(2).cloud(), "job 2 runs at the end");
        assertEquals(Double.NaN, jobs.get(3).firstStartHours());
    }

    @Test
    void theQueueIsTheWaitingJobsSizeAveragedOverEachDay() {
        SeriesKey queue = SeriesKey.of(Metric.TRAINING_QUEUE_H100E).lab("lab");
        // Queued: job 1 over 96–132, job 2 over 144–216, job 3 over 192–240.
        double[] daily = {0, 0, 0, 0, 2_500, 2_500 * 12 / 24.0, 2_500, 2_500, 5_000, 2_500};
        for (int day = 1; day <= 10; day++) {
            assertEquals(daily[day - 1], at(queue, day), 1e-9, "day " + day);
        }
    }

    @Test
    void waitsAreAveragedOverTheJobsThatFirstStartedInTheDay() {
        SeriesKey wait = SeriesKey.of(Metric.TRAINING_WAIT_H).lab("lab");
        SeriesKey starts = wait.as(Metric.TRAINING_STARTS);
        // A start at a sample time falls in the interval after it (the sample goes first):
        // job 0 at 48 h in day 3, job 1 at 132 h in day 6, job 2 at 216 h in day 10.
        double[] startsPerDay = {0, 0, 1, 0, 0, 1, 0, 0, 0, 1};
        double[] waitPerDay = {0, 0, 0, 0, 0, 36, 0, 0, 0, 72};
        for (int day = 1; day <= 10; day++) {
            assertEquals(startsPerDay[day - 1], at(starts, day), 0, "starts on day " + day);
            assertEquals(waitPerDay[day - 1], at(wait, day), 1e-9, "wait on day " + day);
        }
        // The event mean is weighted by its count of starts.
        var series = result.recorder().series().get(wait);
        for (int i = 0; i < series.size(); i++) {
            double day = series.time(i) / 24;
            double expected = day == 3 || day == 6 || day == 10 ? 1 : 0;
            assertEquals(expected, series.weight(i), 0, "weight on day " + day);
        }
    }

    @Test
    void trainingDemandIsRunningPlusQueuedAndOnlyTheQueueIsUnserved() {
        SeriesKey demand = SeriesKey.of(Metric.DEMAND_H100E).lab("lab").trafficClass("training");
        SeriesKey served = demand.as(Metric.SERVED_H100E);
        SeriesKey servedOnCloud = served.cloud("cloud");
        SeriesKey unserved = demand.as(Metric.UNSERVED_H100E);
        double[] queued = {0, 0, 0, 0, 2_500, 1_250, 2_500, 2_500, 5_000, 2_500};
        for (int day = 1; day <= 10; day++) {
            // One job runs from hour 48 on, without a gap: a finish and the next start share a time.
            double running = day <= 2 ? 0 : 2_500;
            assertEquals(running + queued[day - 1], at(demand, day), 1e-9, "demand on day " + day);
            assertEquals(running, at(served, day), 1e-9, "served on day " + day);
            assertEquals(running, at(servedOnCloud, day), 1e-9, "served on the cloud on day " + day);
            assertEquals(queued[day - 1], at(unserved, day), 1e-9, "unserved on day " + day);
        }
    }

    @Test
    void trainingTakesHeldCapacityFirstAndInferenceBuysTheRestOnDemand() {
        SeriesKey stateless = SeriesKey.of(Metric.SERVED_H100E).lab("lab").cloud("cloud").trafficClass("stateless_api");
        SeriesKey onDemand = SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("cloud");
        SeriesKey utilization = SeriesKey.of(Metric.UTILIZATION).cloud("cloud");
        SeriesKey revenue = SeriesKey.of(Metric.REVENUE_USD).cloud("cloud");
        // From hour 48: 500 effective on demand = 625 raw H100e at 4.1 / 2.5 = 1.64 $ = 1,025 $/h.
        double onDemandPerDay = 500 / 0.8 * (4.1 / 2.5) * 24;
        // The contract: 2,000 chips × 2.75 $ = 5,500 $/h.
        double contractPerDay = 2_000 * 2.75 * 24;
        for (int day = 1; day <= 10; day++) {
            boolean training = day > 2;
            assertEquals(2_000, at(stateless, day), 1e-9, "stateless served on day " + day);
            assertEquals(training ? onDemandPerDay : 0, at(onDemand, day), 1e-6, "on demand on day " + day);
            assertEquals(contractPerDay + (training ? onDemandPerDay : 0), at(revenue, day), 1e-6,
                    "revenue on day " + day);
            // Served effective H100e over 7,500 raw: 2,000 alone, 4,500 with a job running.
            assertEquals((training ? 4_500 : 2_000) / 7_500.0, at(utilization, day), 1e-12, "utilization on day " + day);
        }
    }
}
