package org.gigasim.model.world;

import static org.gigasim.model.world.ClauseScenarios.DAY;
import static org.gigasim.model.world.ClauseScenarios.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gigasim.engine.random.Distribution;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.ProcurementSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * Labs review on their own days: two labs after one pipeline get it in the order they review,
 * not in the order the file lists them.
 */
class StaggeredReviewTest {

    /**
     * One cloud with 1,000 unit chips powered and nothing under contract; labs "a" (listed first)
     * and "b" each need 800 H100e and ask for them 10 days ahead, once. The one that reviews first
     * signs all 800 chips; the other finds 1,000 − 800 = 200 left and signs those.
     */
    @Test
    void theLabThatReviewsFirstGetsThePipelineWhateverTheFileOrder() {
        List<Contract> bFirst = signedByLab(scenario(new Distribution.Fixed(3), new Distribution.Fixed(1)));
        assertEquals(800, chipsOf(bFirst, "b"), 1e-6);
        assertEquals(200, chipsOf(bFirst, "a"), 1e-6);
        assertEquals(1 * 24.0, signedAt(bFirst, "b"), 1e-9);
        assertEquals(3 * 24.0, signedAt(bFirst, "a"), 1e-9);

        List<Contract> aFirst = signedByLab(scenario(new Distribution.Fixed(1), new Distribution.Fixed(3)));
        assertEquals(800, chipsOf(aFirst, "a"), 1e-6);
        assertEquals(200, chipsOf(aFirst, "b"), 1e-6);
    }

    /**
     * Without review_offset_days a lab's first review is drawn uniformly over its review period
     * (20 days here), from its own stream: the day is the draw, it differs between the labs, and
     * it is the same in every run of the replication.
     */
    @Test
    void aLabWithoutAnOffsetReviewsFirstOnItsDrawnDay() {
        ScenarioSpec spec = scenario(null, null);
        List<Contract> once = signedByLab(spec);
        List<Contract> again = signedByLab(spec);
        RandomStreams streams = new RandomStreams(spec.seed(), 0);
        for (String lab : List.of("a", "b")) {
            double drawnHours = new Distribution.Uniform(0, 20)
                    .sampler(streams.stream("procurement/review/" + lab)).sample() * 24;
            assertTrue(drawnHours >= 0 && drawnHours < 20 * 24, "drawn within the period");
            assertEquals(drawnHours, signedAt(once, lab), 1e-9, lab + " signs at its first review");
            assertEquals(signedAt(once, lab), signedAt(again, lab), 0.0, "the same day in every run");
        }
        assertNotEquals(signedAt(once, "a"), signedAt(once, "b"));
        assertEquals(1000, chipsOf(once, "a") + chipsOf(once, "b"), 1e-6, "the pipeline is shared out whole");
    }

    private static ScenarioSpec scenario(Distribution offsetA, Distribution offsetB) {
        return Specs.scenario(Specs.START.plusDays(30), DAY, List.of(Specs.cloud("c", Specs.site("s", 1, 1000))),
                List.of(lab("a", offsetA), lab("b", offsetB)), List.of(), List.of());
    }

    /** Needs 800 H100e of stateless demand, reviews every 20 days (once when its offset is stated: every 10,000). */
    private static LabSpec lab(String id, Distribution offset) {
        double reviewDays = offset == null ? 20.0 : 10_000.0;
        ProcurementSpec policy = new ProcurementSpec(90.0, 10.0, 1.0, 1.0, reviewDays, 1.0, 0.0, 1.0, null, null,
                offset);
        return new LabSpec(id, new DemandSpec(Specs.flat(800), null, null, null), null, null, policy);
    }

    private static List<Contract> signedByLab(ScenarioSpec spec) {
        return run(spec).contracts().stream().filter(c -> c.signedHours() >= 0).toList();
    }

    private static double chipsOf(List<Contract> contracts, String lab) {
        return contracts.stream().filter(c -> c.lab().equals(lab)).mapToDouble(Contract::fullChips).sum();
    }

    private static double signedAt(List<Contract> contracts, String lab) {
        return contracts.stream().filter(c -> c.lab().equals(lab)).mapToDouble(Contract::signedHours).min()
                .orElseThrow(() -> new AssertionError(lab + " signed nothing"));
    }
}
