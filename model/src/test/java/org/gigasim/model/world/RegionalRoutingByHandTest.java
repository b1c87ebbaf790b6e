package org.gigasim.model.world;

import static org.gigasim.model.world.ClauseScenarios.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.gigasim.model.metrics.Metric;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.InferenceDemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.SiteSpec;
import org.gigasim.model.spec.TrainingSpec;
import org.junit.jupiter.api.Test;

/**
 * A class restricted to one region placed on the lab's held capacity there, computed by hand
 * with no unit factor. {@link CashFixture}'s chip (2.5 H100e, 1.2 kW IT; 1.5 kW at PUE 1.25); the
 * lab gets 0.8 of it, 2 effective H100e a chip. Cloud {@code az}: site {@code east-1} (region
 * east, 2,000 chips on 3 MW) and {@code west-1} (region west, 1,000 chips on 1.5 MW), 4.1
 * $/chip-hour on demand = 1.64 $ per raw H100e-hour. The lab holds {@code k-east}, 1.5 MW in
 * east (1,000 chips, 2,000 effective H100e), and {@code k-west}, 0.75 MW in west (500 chips,
 * 1,000), both at 2.75 $/chip-hour; 1,000 chips are free in east and 500 in west. It needs
 * 900 H100e of stateful traffic served from anywhere, 2,600 of first-party traffic only from
 * east, and one training job of 1,500 that arrives at 36 h and runs past the end (72 h).
 */
class RegionalRoutingByHandTest {

    private static final LocalDate START = Specs.START;

    private static ReplicationResult run() {
        SiteSpec east = new SiteSpec("east-1", "east", 1.25, Map.of("b", 2_000.0), List.of(Specs.power(START, 3)),
                List.of(), null);
        SiteSpec west = new SiteSpec("west-1", "west", 1.25, Map.of("b", 1_000.0), List.of(Specs.power(START, 1.5)),
                List.of(), null);
        CloudSpec az = new CloudSpec("az", null, null, Map.of("b", new PriceSpec(3.1, 4.1)), null, null, null,
                List.of(east, west));
        TrainingSpec training = new TrainingSpec(new Distribution.Fixed(1.5), new Distribution.Fixed(1_500),
                new Distribution.Fixed(100), 3.0, null);
        LabSpec lab = new LabSpec("lab", new DemandSpec(null, Specs.flat(900), new InferenceDemandSpec(2_600, 0.0, null,
                List.of("east")), training), Map.of("b", List.of(new EfficiencyStepSpec(START, 0.8))),
                null, null);
        LocalDate end = LocalDate.of(2026, 12, 31);
        List<ContractSpec> deals = List.of(
                new ContractSpec("k-east", "lab", "az", "b", 1.5, START, end, null, 2.75, null, List.of(), null,
                        "east"),
                new ContractSpec("k-west", "lab", "az", "b", 0.75, START, end, null, 2.75, null, List.of(), null,
                        "west"));
        ScenarioSpec spec = new ScenarioSpec("regional", "", START, START.plusDays(2), 7L, 1, Duration.ofDays(1),
                List.of(CashFixture.chip()), List.of(az), List.of(lab), deals, List.of());
        return ClauseScenarios.run(spec);
    }

    /**
     * Day 1, no training. The restricted class goes first, though stateful comes before
     * first-party otherwise: 2,000 held in east, 600 on demand there (750 raw). Stateful then takes
     * 900 of west's 1,000 held. Had stateful gone first, it would have taken 600 of east's held
     * capacity (in proportion, 2,000 : 1,000), leaving first-party 1,200 more to buy.
     */
    @Test
    void theRestrictedClassIsPlacedFirstOnHeldCapacityInItsRegion() {
        ReplicationResult result = run();
        SeriesKey served = SeriesKey.of(Metric.SERVED_H100E).lab("lab").cloud("az");
        assertEquals(2_600, at(result, served.trafficClass("first_party"), 24), 1e-9);
        assertEquals(900, at(result, served.trafficClass("stateful"), 24), 1e-9);
        assertEquals(750 * 1.64 * 24, at(result, SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("az"), 24), 1e-6);
        // 3,500 effective H100e served on 3,000 chips × 2.5 = 7,500 raw.
        assertEquals(3_500 / 7_500.0, at(result, SeriesKey.of(Metric.UTILIZATION).cloud("az"), 24), 1e-12);
    }

    /**
     * Day 3: training holds 1,500 of the 3,000 held, taken from each region in proportion, so
     * east keeps 1,000 and west 500. First-party: 1,000 held, 1,600 on demand in east (2,000 raw
     * of east's 2,500 free). Stateful: west's 500 held, 400 on demand (500 raw). On demand:
     * 2,500 raw × 1.64 $.
     */
    @Test
    void trainingTakesHeldCapacityFromEveryRegionInProportion() {
        ReplicationResult result = run();
        double h = 72;
        SeriesKey served = SeriesKey.of(Metric.SERVED_H100E).lab("lab").cloud("az");
        assertEquals(1_500, at(result, served.trafficClass("training"), h), 1e-9);
        assertEquals(2_600, at(result, served.trafficClass("first_party"), h), 1e-9);
        assertEquals(900, at(result, served.trafficClass("stateful"), h), 1e-9);
        assertEquals(2_500 * 1.64 * 24, at(result, SeriesKey.of(Metric.ON_DEMAND_REVENUE_USD).cloud("az"), h), 1e-6);
        assertEquals(1_500 * 2.75 * 24 + 2_500 * 1.64 * 24, at(result, SeriesKey.of(Metric.SPEND_USD).lab("lab"), h),
                1e-6);
    }
}
