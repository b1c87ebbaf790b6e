package org.gigasim.model.world.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.contract.Contract;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.AcceleratorSpec;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.InferenceDemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.world.core.Contracts;
import org.gigasim.model.world.core.Indices;
import org.junit.jupiter.api.Test;

/**
 * The cash rule's revenue over the window, by hand. A chip rated 2.5 H100e of which the lab gets
 * 0.8: 2 effective H100e. The lab's window is a quarter year, 2 190 h: three steps of 730 h. It
 * earns 1.5 USD per effective H100e-hour at the start, growing 20% a year, so one H100e served
 * through a step earns R(a, b) = 1.5 × 8 760 / ln 1.2 × (1.2^(b/8760) − 1.2^(a/8760)):
 * 1 103.3607 over [0, 730), 1 120.2526 over [730, 1 460), 1 137.4031 over [1 460, 2 190).
 * It holds contract A, 2 000 chips (4 000 H100e) for the whole window at 3.0 USD per chip-hour,
 * and contract B, 3 000 chips at 2.5 from hour 730 ramping over two ramp months of 720 h (1 440 h):
 * 750 chips in its first ramp month, [730, 1 450) (the linear ramp's mean, 3 000 × 720 / 2 880), 2 250
 * in its second, [1 450, 2 170), and 3 000 from hour 2 170. Its expected training load is 500 H100e,
 * served first. At the steps' midpoints (365, 1 095, 1 825 h) it holds 4 000, 4 000 + 1 500 = 5 500
 * and 4 000 + 4 500 = 8 500 H100e, so 3 500, 5 000 and 8 000 are left for inference. Its obligations
 * over the window: A 2 000 × 3.0 × 2 190 = 13 140 000, B (750 × 720 + 2 250 × 720 + 3 000 × 20) × 2.5
 * = 5 550 000, 18 690 000 in all. It holds 5 000 000 USD, no credit, and was served 3 500 H100e of
 * inference at the last decision.
 */
class WindowRevenueTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final double WINDOW_HOURS = 0.25 * 8760;
    private static final double OBLIGATIONS = 18_690_000;
    private static final double CASH = 5_000_000;
    private static final double R1 = 1_103.3607;
    private static final double R2 = 1_120.2526;
    private static final double R3 = 1_137.4031;

    @Test
    void heldCapacityCountsWhatTheContractsWillServeAsTheyRampAtTheGrowingRate() {
        CommitmentLimit limit = limit(10_000, FinanceSpec.HELD_CAPACITY);
        // 3 500 × 1 103.3607 + 5 000 × 1 120.2526 + 8 000 × 1 137.4031 = 18 562 249.8
        double revenue = 3_500 * R1 + 5_000 * R2 + 8_000 * R3;
        assertEquals(18_562_249.8, revenue, 0.5);
        // 5 000 000 + 18 562 249.8 − 18 690 000 = 4 872 249.8 of headroom, over 2 190 h: 2 224.77 USD an hour.
        assertEquals(CASH + revenue - OBLIGATIONS, limit.headroomUsd(0, 0), 1.0);
        assertEquals(2_224.77, limit.onDemandBudgetUsdPerHour(0, 0), 0.01);
    }

    @Test
    void servedNowCountsTodaysInferenceAtTodaysRateAndLeavesNothingOnDemand() {
        CommitmentLimit limit = limit(10_000, FinanceSpec.SERVED_NOW);
        // 3 500 × 1.5 × 2 190 = 11 497 500: 5 000 000 + 11 497 500 − 18 690 000 = −2 192 500, no on-demand budget.
        assertEquals(-2_192_500, limit.headroomUsd(0, 0), 1e-6);
        assertEquals(0, limit.onDemandBudgetUsdPerHour(0, 0));
    }

    @Test
    void capacityBeyondTheForecastEarnsNothing() {
        // Forecast 5 000: the third step serves min(5 000, 8 000) = 5 000, so the revenue is
        // 3 500 × 1 103.3607 + 5 000 × 1 120.2526 + 5 000 × 1 137.4031 = 15 150 040.6, the headroom
        // 5 000 000 + 15 150 040.6 − 18 690 000 = 1 460 040.6 and the budget 666.69 USD an hour.
        CommitmentLimit limit = limit(5_000, FinanceSpec.HELD_CAPACITY);
        assertEquals(1_460_040.6, limit.headroomUsd(0, 0), 1.0);
        assertEquals(666.69, limit.onDemandBudgetUsdPerHour(0, 0), 0.01);
    }

    @Test
    void aContractSignedTheSameDayCountsAtOnceAndTheReadingHoldsOtherwise() {
        Fixture f = fixture(10_000, FinanceSpec.HELD_CAPACITY);
        double before = f.limit.headroomUsd(0, 0);
        // Later the same day, nothing changed: the revenue read at hour 0 holds, while the obligations move with the
        // window: A bills the same 2 190 h, and B 6 h more at its full 3 000 chips (its ramp ends at hour 2 170),
        // 3 000 × 2.5 × 6 = 45 000.
        assertEquals(before - 45_000, f.limit.headroomUsd(0, 6), 1e-6);
        // A contract C of 1 000 chips (2 000 H100e) for the whole window at 2.0: 1 000 × 2.0 × 2 190 = 4 380 000 more
        // obligations, and 2 000 more H100e for inference in each step (5 500, 7 000, 10 000 capped at the forecast
        // 10 000): 2 000 × 1 103.3607 + 2 000 × 1 120.2526 + 2 000 × 1 137.4031 = 6 722 032.8 more revenue.
        f.contracts.add(contract("c", 1_000, 0, 1e6, 0, 2.0));
        assertEquals(before - 4_380_000 + 2_000 * (R1 + R2 + R3), f.limit.headroomUsd(0, 0), 1.0);
    }

    @Test
    void aContractAmendedTheSameDayIsReadAgain() {
        Fixture f = fixture(10_000, FinanceSpec.HELD_CAPACITY);
        f.limit.headroomUsd(0, 0);
        // At hour 6, A is amended to 1 000 chips (2 000 H100e) at the same price and end. The count of contracts is
        // unchanged, so only its terms show the change. Read again over [6, 2 196): midpoints 371, 1 101 and 1 831,
        // where it holds 2 000, 2 000 + 1 500 = 3 500 and 2 000 + 4 500 = 6 500 H100e, so 1 500, 3 000 and 6 000 for
        // inference. Obligations: A 1 000 × 3.0 × 2 190 = 6 570 000; B 750 × 720 × 2.5 + 2 250 × 720 × 2.5
        // + 3 000 × 26 × 2.5 = 5 595 000 (its full 3 000 chips from hour 2 170).
        f.contracts.ofLab(0).get(0).amend(6, 0, 1_000, 1e6, 3.0);
        double revenue = 1_500 * rate(6, 736) + 3_000 * rate(736, 1_466) + 6_000 * rate(1_466, 2_196);
        assertEquals(CASH + revenue - 6_570_000 - 5_595_000, f.limit.headroomUsd(0, 6), 1e-6);
    }

    @Test
    void theReadingHoldsThroughItsMonthAndIsMadeAgainInTheNext() {
        Fixture f = fixture(10_000, FinanceSpec.HELD_CAPACITY);
        double before = f.limit.headroomUsd(0, 0);
        // Hour 500 is in the same 730-hour month: the revenue read at hour 0 holds. The obligations move: A bills the
        // same 2 190 h; B over [500, 2 690) bills (750 × 720 + 2 250 × 720 + 3 000 × 520) × 2.5 = 9 300 000, against
        // 5 550 000 from hour 0: 3 750 000 more.
        assertEquals(before - 3_750_000, f.limit.headroomUsd(0, 500), 1e-6);
        // Hour 730 starts the next month: read again over [730, 2 920), midpoints 1 095, 1 825 and 2 555, where it
        // holds 5 500, 8 500 and 4 000 + 6 000 = 10 000 H100e (B's ramp ends at hour 2 170), so 5 000, 8 000 and
        // 9 500 for inference. Obligations: A 13 140 000, B its two ramp months and then 750 h at its full 3 000
        // chips, (750 × 720 + 2 250 × 720 + 3 000 × 750) × 2.5 = 11 025 000.
        double revenue = 5_000 * R2 + 8_000 * R3 + 9_500 * rate(2_190, 2_920);
        assertEquals(CASH + revenue - 13_140_000 - 11_025_000, f.limit.headroomUsd(0, 730), 1.0);
    }

    /** R(a, b): USD one effective H100e earns over [a, b), 1.5 growing 20% a year, integrated exactly. */
    private static double rate(double a, double b) {
        return 1.5 * 8760 / Math.log(1.2) * (Math.pow(1.2, b / 8760) - Math.pow(1.2, a / 8760));
    }

    @Test
    void financeStatesWhichRevenueItCounts() {
        assertEquals(FinanceSpec.SERVED_NOW, new FinanceSpec(1.0, null, 1.0, null, null, null).windowRevenue());
        assertTrue(new FinanceSpec(1.0, null, 1.0, null, null, null, null, "held_capacity").countsHeldCapacity());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FinanceSpec(1.0, null, 1.0, null, null, null, null, "forecast"));
        assertEquals("finance window_revenue must be served_now or held_capacity, but was 'forecast'", e.getMessage());
    }

    private record Fixture(CommitmentLimit limit, Contracts contracts) {
    }

    private static CommitmentLimit limit(double forecastH100e, String windowRevenue) {
        return fixture(forecastH100e, windowRevenue).limit;
    }

    private static Fixture fixture(double forecastH100e, String windowRevenue) {
        AcceleratorSpec chip = new AcceleratorSpec("b", "nvidia", null, 1.2, 2.5, null, null, List.of());
        FinanceSpec finance = new FinanceSpec(CASH, null, 1.5, 0.2, null, 0.25, null, windowRevenue);
        LabSpec spec = new LabSpec("lab", new DemandSpec(new InferenceDemandSpec(forecastH100e, null, null), null, null,
                null), Map.of("b", List.of(new EfficiencyStepSpec(START, 0.8))), finance, null);
        Lab lab = new Lab(spec, new SimCalendar(START), new RandomStreams(7, 0));
        Indices indices = new Indices(List.of(lab), List.of(), List.of(chip));
        Contracts contracts = new Contracts(1);
        contracts.add(contract("a", 2_000, 0, 1e6, 0, 3.0));
        contracts.add(contract("b", 3_000, 730, 1e6, 2 * Contract.RAMP_STEP_HOURS, 2.5));
        return new Fixture(new CommitmentLimit(indices, contracts, l -> 3_500, l -> 500), contracts);
    }

    private static Contract contract(String id, double chips, double start, double end, double ramp, double price) {
        return new Contract(id, "lab", "cloud", "b", 0, 0, 1, chips, start, end, ramp, price, 0, "test");
    }
}
