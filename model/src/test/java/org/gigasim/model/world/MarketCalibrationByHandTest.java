package org.gigasim.model.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.CloudSpec;
import org.gigasim.model.spec.ContractSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.MarketSpec;
import org.gigasim.model.spec.PriceSpec;
import org.gigasim.model.spec.ScenarioSpec;
import org.gigasim.model.spec.TrafficClass;
import org.gigasim.model.spec.TrainingSpec;
import org.gigasim.model.world.core.Indices;
import org.junit.jupiter.api.Test;

/**
 * The market block applied by hand with no unit factor: {@link CashFixture}'s chip (1.2 kW IT,
 * 2.5 H100e) on a cloud without sites (reference PUE 1.2, so 1.44 kW a chip); the lab gets 0.8 of
 * the rating until 2026-10-01 (hour 6 552) and 0.9 from then. Its 14.4 MW contract (10 000
 * chips) ramps over 12 months of 720 h. Stated inference: 1 000 stateless + 3 000 stateful H100e, flat;
 * training: a job of 500 H100e for 4 days every 10 days, growing 10% a year, so 200 × 1.1^(t / 8 760)
 * H100e on average. A second lab has demand but no contract.
 */
class MarketCalibrationByHandTest {

    private static final LocalDate START = Specs.START;
    /** 2026-07-01: 181 days, hour 4 344. */
    private static final LocalDate AT = START.plusMonths(6);
    private static final SimCalendar CALENDAR = new SimCalendar(START);

    private static final TrainingSpec TRAINING = new TrainingSpec(new Distribution.Fixed(10),
            new Distribution.Fixed(500), new Distribution.Fixed(4), null, null, 0.1);

    private static LabSpec lab(String id, TrainingSpec training) {
        return new LabSpec(id, new DemandSpec(Specs.flat(1000), Specs.flat(3000), null, training),
                Map.of("b", List.of(new EfficiencyStepSpec(START, 0.8), new EfficiencyStepSpec(START.plusMonths(9), 0.9))),
                null, null);
    }

    private static ScenarioSpec spec(MarketSpec market, List<LabSpec> labs) {
        CloudSpec cloud = new CloudSpec("cloud", null, null, Map.of("b", new PriceSpec(3.1, 4.1)), null, null, null,
                List.of());
        ContractSpec contract = new ContractSpec("k", "lab", "cloud", "b", 14.4, START, START.plusYears(3).minusDays(1),
                12.0, 2.75, null, List.of());
        return new ScenarioSpec("market", "", START, START.plusYears(3), 7L, 1, Duration.ofDays(1),
                List.of(CashFixture.chip()), List.of(cloud), labs, List.of(contract), List.of(), List.of(), market);
    }

    private static Indices indices(ScenarioSpec spec) {
        List<Lab> labs = spec.labs().stream().map(l -> new Lab(l, CALENDAR, new RandomStreams(7, 0))).toList();
        return new Indices(labs, List.of(new Cloud(spec.clouds().get(0))), spec.accelerators());
    }

    private static double inference(Lab lab, double t) {
        double sum = 0;
        for (TrafficClass c : TrafficClass.INFERENCE) {
            sum += lab.forecast(c, t);
        }
        return sum;
    }

    private static double training(double t) {
        // 500 H100e × 4 days / 10 days, grown 10% a year.
        return 200 * Math.pow(1.1, t / 8760);
    }

    @Test
    void expectedTrainingIsArrivalRateTimesGrownSizeTimesDuration() {
        assertEquals(200 * Math.pow(1.1, 0.5), MarketCalibration.expectedTrainingH100e(TRAINING, 4380), 1e-9);
        assertEquals(0, MarketCalibration.expectedTrainingH100e(null, 4380));
    }

    /**
     * The ramp is 12 × 720 = 8 640 h. At hour 4 344 it is a day into its seventh step (4 344 / 720 =
     * 6.03, the step [4 320, 5 040)): 10 000 × (4 320 + 5 040) / (2 × 8 640) = 10 000 × 13 / 24 =
     * 5 416.67 chips, × 2.5 × 0.8 = 10 833.33 effective H100e. Expected demand 1.5 × 10 833.33 =
     * 16 250, of which training takes 200 × 1.1^(4 344 / 8 760): the factor on the 4 000 stated is
     * (16 250 − that) / 4 000. The lab without a contract keeps factor 1.
     */
    @Test
    void theFactorMakesInferencePlusTrainingTheRatioTimesTheRampedEffectiveContract() {
        ScenarioSpec spec = spec(new MarketSpec(1.5, AT), List.of(lab("lab", TRAINING), lab("other", null)));
        Indices indices = indices(spec);
        double factor = (16_250 - training(4344)) / 4000;
        assertArrayEquals(new double[] {factor, 1.0}, MarketCalibration.apply(spec, indices, CALENDAR), 1e-12);
        assertEquals(1000 * factor, indices.lab(0).forecast(TrafficClass.STATELESS_API, 4344), 1e-9);
        assertEquals(3000 * factor, indices.lab(0).forecast(TrafficClass.STATEFUL, 4344), 1e-9);
        assertEquals(4000, inference(indices.lab(1), 4344), 1e-9);
        // Without a path the factor holds at every later time.
        assertEquals(4000 * factor, inference(indices.lab(0), 20_000), 1e-9);
        assertEquals(factor * 1000, indices.lab(0).demand(TrafficClass.STATELESS_API), 1e-9, "levels refreshed");
    }

    /**
     * A year after AT (hour 13 104) the ramp (8 640 h) is over and the efficiency is 0.9: 10 000 ×
     * 2.5 × 0.9 = 22 500 effective H100e, so inference is 1.5 × 22 500 − 200 × 1.1^(13 104 / 8 760)
     * there, and geometric in between.
     */
    @Test
    void aYearlyAnchorReachesTheRatioOfItsOwnContractedCapacity() {
        ScenarioSpec spec = spec(new MarketSpec(1.5, AT, AT.plusYears(1)), List.of(lab("lab", TRAINING)));
        Indices indices = indices(spec);
        MarketCalibration.apply(spec, indices, CALENDAR);
        Lab lab = indices.lab(0);
        double first = 16_250 - training(4344);
        double second = 33_750 - training(13_104);
        assertEquals(first, inference(lab, 4344), 1e-9);
        assertEquals(second, inference(lab, 13_104), 1e-9);
        assertEquals(second, inference(lab, 20_000), 1e-9, "the last anchor's level holds after it");
        assertEquals(first * Math.sqrt(second / first), inference(lab, 4344 + 4380), 1e-9);
    }

    /** Without training the whole ratio goes to inference: 16 250 / 4 000. */
    @Test
    void withoutTrainingInferenceTakesTheWholeRatio() {
        ScenarioSpec spec = spec(new MarketSpec(1.5, AT), List.of(lab("lab", null)));
        Indices indices = indices(spec);
        assertArrayEquals(new double[] {16_250 / 4000.0}, MarketCalibration.apply(spec, indices, CALENDAR), 1e-12);
    }
}
