package org.gigasim.model.world;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.ClauseSpec;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EventSpec;
import org.gigasim.model.spec.InferenceDemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PowerMilestoneSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.TrainingSpec;

/** Small scenario builders for focused model tests: one chip = 1 kW IT at PUE 1.0 = 1 H100e. */
final class Specs {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    /** A lab's first procurement review on the start day, as the hand-computed tests assume. */
    static final Distribution REVIEW_AT_START = new Distribution.Fixed(0);

    private Specs() {
    }

    static AcceleratorSpec unitChip() {
        return new AcceleratorSpec("chip", "nvidia", null, 1.0, 1.0, null, null, List.of());
    }

    static PowerMilestoneSpec power(LocalDate from, double mw) {
        return new PowerMilestoneSpec(from, mw, null);
    }

    static SiteSpec site(String id, double mw, double chips) {
        return new SiteSpec(id, id, 1.0, Map.of("chip", chips), List.of(power(START, mw)), List.of(), null);
    }

    static CloudSpec cloud(String id, SiteSpec... sites) {
        return new CloudSpec(id, null, null, Map.of("chip", new PriceSpec(1.0, 2.0)), null, null, null, List.of(sites));
    }

    static InferenceDemandSpec flat(double h100e) {
        return new InferenceDemandSpec(h100e, 0.0, null);
    }

    static LabSpec inferenceLab(String id, double stateless, double stateful) {
        return new LabSpec(id, new DemandSpec(flat(stateless), flat(stateful), null, null), null, null, null);
    }

    static LabSpec trainingLab(String id, Distribution gapDays, Distribution sizeH100e, Distribution durationDays) {
        TrainingSpec training = new TrainingSpec(gapDays, sizeH100e, durationDays, 0.0, null);
        return new LabSpec(id, new DemandSpec(null, null, null, training), null, null, null);
    }

    /** A contract for {@code chips} unit chips (= MW / 1000 at PUE 1) over the whole test horizon. */
    static ContractSpec contract(String id, String lab, String cloud, double chips, List<ClauseSpec> clauses) {
        return new ContractSpec(id, lab, cloud, "chip", chips / 1000.0, START, START.plusYears(60), null, 1.0, null,
                clauses);
    }

    static ScenarioSpec scenario(LocalDate end, Duration sample, List<CloudSpec> clouds,
            List<LabSpec> labs, List<ContractSpec> contracts, List<EventSpec> events) {
        return new ScenarioSpec("test", "", START, end, 7L, 1, sample, List.of(unitChip()), clouds, labs,
                contracts, events);
    }
}
