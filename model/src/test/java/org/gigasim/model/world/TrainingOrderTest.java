package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.lab.TrainingJob;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.TrainingSpec;
import org.junit.jupiter.api.Test;

/**
 * Which queued job starts, and where. {@link CashFixture}'s chip (2.5 H100e, 1.2 kW IT, PUE
 * 1.25: 1.5 kW, 666.67 chips a MW) with efficiency 0.8 gives the lab 2 effective H100e a chip, so
 * a contract of {@code mw} holds 1,333.33 × {@code mw} effective H100e.
 */
class TrainingOrderTest {

    private static final LocalDate START = Specs.START;

    private static CloudSpec cloud(String id) {
        SiteSpec site = new SiteSpec(id + "-site", "east", 1.25, Map.of("b", 3_000.0), List.of(Specs.power(START, 4.5)),
                List.of(), null);
        return new CloudSpec(id, null, null, Map.of("b", new PriceSpec(3.1, 4.1)), null, null, null, List.of(site));
    }

    private static List<TrainingJob> run(TrainingSpec training, int days, double... mwByCloud) {
        LabSpec lab = new LabSpec("lab", new DemandSpec(null, null, null, training),
                Map.of("b", List.of(new EfficiencyStepSpec(START, 0.8))), null, null);
        List<CloudSpec> clouds = new ArrayList<>();
        List<ContractSpec> deals = new ArrayList<>();
        for (int c = 0; c < mwByCloud.length; c++) {
            String id = String.valueOf((char) ('a' + c));
            clouds.add(cloud(id));
            deals.add(new ContractSpec("deal-" + id, "lab", id, "b", mwByCloud[c], START, LocalDate.of(2026, 12, 31),
                    null, 2.75, null, List.of()));
        }
        ScenarioSpec spec = new ScenarioSpec("training", "", START, START.plusDays(days - 1), 7L, 1, Duration.ofDays(1),
                List.of(CashFixture.chip()), clouds, List.of(lab), deals, List.of());
        return new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run().jobs();
    }

    /**
     * Held: {@code a} 1.5 MW = 2,000, {@code b} and {@code c} 2.25 MW = 3,000 effective H100e. Jobs
     * of 1,500 arrive at 24, 48 and 72 h and run 10 days. Job 0 goes to the first of the two
     * with most room ({@code b}); then {@code c} has 3,000 to {@code a}'s 2,000 and {@code b}'s
     * 1,500; then {@code a} has 2,000 to 1,500 each.
     */
    @Test
    void aJobStartsOnTheCloudWithTheMostRoomTheFirstOnATie() {
        TrainingSpec training = new TrainingSpec(new Distribution.Fixed(1), new Distribution.Fixed(1_500),
                new Distribution.Fixed(10), 3.0, null);
        List<TrainingJob> jobs = run(training, 4, 1.5, 2.25, 2.25);
        assertEquals(3, jobs.size());
        assertEquals(List.of("b", "c", "a"), jobs.stream().map(TrainingJob::cloud).toList());
        for (int i = 0; i < 3; i++) {
            assertEquals(24.0 * (i + 1), jobs.get(i).firstStartHours(), 1e-9, "job " + i + " starts on arrival");
        }
    }

    /**
     * Smallest first, with sizes shrinking by half a year: a job arriving at {@code t} hours is
     * 1,500 × 0.5^(t / 8,760) H100e, so a later job is smaller. Held 1.5 MW = 2,000 effective, so
     * only one job (about 1,500) runs at a time; jobs arrive daily from hour 24 and run 2.4 days
     * (57.6 h). Job 0 runs 24–81.6; then jobs 1 (48 h) and 2 (72 h) wait, and the smaller, job 2,
     * runs 81.6–139.2; then of jobs 1, 3 (96 h) and 4 (120 h), job 4. First come first served
     * would start job 1 at 81.6 h instead.
     */
    @Test
    void smallestFirstStartsTheSmallestWaitingJob() {
        List<TrainingJob> jobs = run(new TrainingSpec(new Distribution.Fixed(1), new Distribution.Fixed(1_500),
                new Distribution.Fixed(2.4), 3.0, "smallest_first", -0.5), 7, 1.5);
        assertEquals(6, jobs.size());
        for (int i = 0; i < 6; i++) {
            double t = 24.0 * (i + 1);
            assertEquals(1_500 * Math.pow(0.5, t / 8_760), jobs.get(i).sizeH100e(), 1e-9, "job " + i + " size");
        }
        assertEquals(24, jobs.get(0).firstStartHours(), 1e-9);
        assertEquals(81.6, jobs.get(2).firstStartHours(), 1e-9);
        assertEquals(139.2, jobs.get(4).firstStartHours(), 1e-9);
        for (int i : new int[] {1, 3, 5}) {
            assertTrue(Double.isNaN(jobs.get(i).firstStartHours()), "job " + i + " still waits");
        }

        List<TrainingJob> fcfs = run(new TrainingSpec(new Distribution.Fixed(1), new Distribution.Fixed(1_500),
                new Distribution.Fixed(2.4), 3.0, "fcfs", -0.5), 7, 1.5);
        assertEquals(81.6, fcfs.get(1).firstStartHours(), 1e-9);
        assertEquals(139.2, fcfs.get(2).firstStartHours(), 1e-9);
    }
}
