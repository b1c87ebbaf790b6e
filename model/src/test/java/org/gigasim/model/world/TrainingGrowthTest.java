package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.clause.ClauseRegistry;
import org.gigasim.model.lab.TrainingJob;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.TrainingSpec;
import org.junit.jupiter.api.Test;

/** Training job sizes that grow with time. */
class TrainingGrowthTest {

    /**
     * Jobs of 1,250 H100e arrive every 365 days (8,760 hours) with sizes growing 44% a year:
     * the first, at year 1, is 1,250 × 1.44 = 1,800; the second, at year 2, 1,250 × 1.44² = 2,592.
     */
    @Test
    void aJobIsItsDrawnSizeGrownToItsArrival() {
        TrainingSpec training = new TrainingSpec(new Distribution.Fixed(365), new Distribution.Fixed(1250),
                new Distribution.Fixed(10), 3.0, null, 0.44);
        LabSpec lab = new LabSpec("lab", new DemandSpec(null, null, null, training), null, null, null);
        var spec = Specs.scenario(Specs.START.plusDays(800), Duration.ofDays(7),
                List.of(Specs.cloud("c", Specs.site("s", 1, 1000))), List.of(lab), List.of(), List.of());
        List<TrainingJob> jobs = new World(spec, 0, ClauseRegistry.standard()).checkingInvariants().run().jobs();
        assertEquals(2, jobs.size());
        assertEquals(8760, jobs.get(0).submittedHours(), 1e-9);
        assertEquals(1800, jobs.get(0).sizeH100e(), 1e-9);
        assertEquals(2592, jobs.get(1).sizeH100e(), 1e-9);
    }
}
