package org.gigasim.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A contract's chip-hours over a window read in constant time ({@link Contract#windowChipHours}),
 * by hand and against the step-by-step integral. The contract: 120 chips from hour 100 to 17 620
 * at 2.5 $ per chip-hour, ramping over three months (2 160 h) in steps of 120 × (0 + 720) / 4 320
 * = 20, 120 × (720 + 1 440) / 4 320 = 60 and 120 × (1 440 + 2 160) / 4 320 = 100 chips.
 */
class ContractWindowTest {

    private static Contract contract() {
        return new Contract("k", "lab", "cloud", "gpu", 0, 0, 10, 120, 100, 17_620, 3 * Contract.RAMP_STEP_HOURS, 2.5,
                0, "file");
    }

    /**
     * From hour 465 (offset 365) to 9 225: 355 h of 20 chips (to offset 720), a step of 60, a step
     * of 100, then 120 chips from offset 2 160 to 9 125.
     */
    @Test
    void aWindowOverTheRampAddsItsStepsAndTheFullChipsAfter() {
        Contract k = contract();
        double chipHours = 355 * 20 + 720 * 60 + 720 * 100 + 6_965 * 120;
        assertEquals(958_100, chipHours);
        assertEquals(chipHours, k.windowChipHours(465, 9_225), 1e-6);
        assertEquals(2_395_250, k.priceUsdPerChipHour() * k.windowChipHours(465, 9_225), 1e-6);
        // Within the ramp, from offset 500 to 1 800; from before the start to offset 1 000; past the end.
        assertEquals(220 * 20 + 720 * 60 + 360 * 100, k.windowChipHours(600, 1_900), 1e-6);
        assertEquals(720 * 20 + 280 * 60, k.windowChipHours(0, 1_100), 1e-6);
        assertEquals(620 * 120, k.windowChipHours(17_000, 20_000), 1e-6);
        assertEquals(0, k.windowChipHours(20_000, 30_000));
        assertEquals(0, k.windowChipHours(500, 500));
    }

    /**
     * Amended at hour 1 100 (offset 1 000, in the second step) to 240 chips at 3 $: the ramp ends
     * there, and its steps become 240 × 720 / 2 000 = 86.4 and 240 × 1 720 / 2 000 = 206.4 chips.
     * The window read before the amendment must not be reused after it; the hours before the
     * amendment keep the steps then in force (20 and 60 chips).
     */
    @Test
    void anAmendmentInsideTheRampIsReadWithItsNewSteps() {
        Contract k = contract();
        assertEquals(958_100, k.windowChipHours(465, 9_225), 1e-6);
        k.amend(1_100, 20, 240, 17_620, 3.0);
        assertEquals(1_000, k.rampHours());
        assertEquals(220 * 20 + 280 * 60 + 8_260 * 240, k.windowChipHours(600, 9_360), 1e-6);
        assertEquals(8_260 * 240, k.windowChipHours(1_100, 9_360), 1e-6);
        assertEquals(6_307_200, k.priceUsdPerChipHour() * k.windowChipHours(1_100, 9_860), 1e-6);
    }

    /** A cancellation to half the chips halves every step: 10, 30 and 50 chips, then 60. */
    @Test
    void aCancellationIsReadWithTheStepsItScaledDown() {
        Contract k = contract();
        assertEquals(958_100, k.windowChipHours(465, 9_225), 1e-6);
        k.cancel(300, 5, 60, 0.0, new double[1]);
        assertEquals(355 * 10 + 720 * 30 + 720 * 50 + 6_965 * 60, k.windowChipHours(465, 9_225), 1e-6);
    }

    /** Postponed by 1 000 h, the term starts at hour 1 100: the same window sees less of it. */
    @Test
    void aPostponementIsReadFromItsNewStart() {
        Contract k = contract();
        assertEquals(958_100, k.windowChipHours(465, 9_225), 1e-6);
        k.postpone(50, 1_000);
        assertEquals(720 * 20 + 720 * 60 + 720 * 100 + 5_965 * 120, k.windowChipHours(465, 9_225), 1e-6);
        assertEquals(958_100, k.windowChipHours(1_465, 10_225), 1e-6);
    }

    /**
     * Over random windows of ramps of whole and part months, and after an amendment inside the
     * ramp, the constant-time reading equals the step-by-step integral up to rounding.
     */
    @Test
    void agreesWithTheStepByStepIntegral() {
        SplittableRandom random = new SplittableRandom(11);
        for (double rampMonths : new double[] {1, 2.5, 12, 30}) {
            Contract k = new Contract("k", "lab", "cloud", "gpu", 0, 0, 10, 3_333.3, 250, 40_000,
                    rampMonths * Contract.RAMP_STEP_HOURS, 1.7, 0, "file");
            for (int amended = 0; amended < 2; amended++) {
                for (int n = 0; n < 2_000; n++) {
                    double a = random.nextDouble(0, 45_000);
                    double b = a + random.nextDouble(0, 20_000);
                    double direct = k.reservedChipHours(a, b);
                    assertEquals(direct, k.windowChipHours(a, b), 1e-12 * Math.max(1, direct),
                            "ramp " + rampMonths + " months, window " + a + " to " + b);
                }
                k.amend(250 + 0.6 * k.rampHours(), 12, 5_000, 40_000, 2.1);
            }
        }
    }
}
