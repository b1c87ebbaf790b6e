package org.gigasim.model.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The times a ramp's reservation steps up, and what a default settles and writes off. */
class ContractTermTest {

    private static Contract contract(double start, double end, double rampHours) {
        return new Contract("k", "lab", "cloud", "gpu", 0, 0, 12, 3_000, start, end, rampHours, 2.75, 0, "file");
    }

    @Test
    void aRampStepsUpAtEachMonthAfterTheFirstAndEndsAtItsLength() {
        Contract whole = contract(100, 100_000, 3 * Contract.RAMP_STEP_HOURS);
        assertArrayEquals(new double[] {100 + 720, 100 + 1_440, 100 + 2_160}, whole.rampStepTimes(), 1e-9);
        // Two and a half months: steps at one and two months, the ramp's end half a month later.
        Contract partial = contract(0, 100_000, 2.5 * Contract.RAMP_STEP_HOURS);
        assertArrayEquals(new double[] {720, 1_440, 1_800}, partial.rampStepTimes(), 1e-9);
        assertArrayEquals(new double[] {400}, contract(0, 100_000, 400).rampStepTimes(), 1e-9);
        assertEquals(0, contract(0, 100_000, 0).rampStepTimes().length);
    }

    @Test
    void aDefaultSettlesUpToItsTimeAndWritesOffTheRest() {
        // 3,000 chips at 2.75 $ from hour 0 to 10,000, no ramp, fully available.
        Contract k = contract(0, 10_000, 0);
        assertEquals(3_000 * 2.75 * 10_000, k.signedValueUsd(), 1e-6);
        assertEquals(3_000 * 2.75 * 400, k.settleTo(400), 1e-6);
        double settled = k.terminate(1_000);
        assertEquals(3_000 * 2.75 * 600, settled, 1e-6, "only the part since the last settlement");
        assertEquals(3_000 * 2.75 * 9_000, k.defaultedUsd(), 1e-6);
        assertEquals(1_000, k.endHours());
        assertEquals(0, k.remainingUsd(1_000));
        assertEquals(k.signedValueUsd(), k.recognisedUsd() + k.forfeitedUsd() + k.defaultedUsd(), 1e-6);

        Contract later = contract(5_000, 10_000, 0);
        assertEquals(0, later.terminate(1_000));
        assertEquals(5_000, later.endHours(), "a contract not yet started ends at its start");
        assertEquals(3_000 * 2.75 * 5_000, later.defaultedUsd(), 1e-6);
    }

    @Test
    void aCancellationSettlesFirstThenPaysItsPenaltyOnTheValueRemoved() {
        Contract k = contract(500, 10_000, 0);
        double[] settled = new double[1];
        // Settled: hours 500 to 1,000 of 3,000 chips. Removed: 2,000 of them for the 9,000 hours left.
        double fee = k.cancel(1_000, 4, 1_000, 0.1, settled);
        assertEquals(3_000 * 2.75 * 500, settled[0], 1e-6);
        double removed = 2_000 * 2.75 * 9_000;
        assertEquals(0.1 * removed, fee, 1e-6);
        assertEquals(0.9 * removed, k.cancelledUsd(), 1e-6);
        assertEquals(settled[0] + fee, k.recognisedUsd(), 1e-6);
        assertEquals(1_000, k.fullChips());
        assertEquals(4, k.mw());
        assertEquals(500, k.startHours());
        assertEquals(1_000 * 2.75 * 9_000, k.remainingUsd(1_000), 1e-6);
        assertEquals(k.signedValueUsd(), k.recognisedUsd() + k.forfeitedUsd() + k.cancelledUsd()
                + k.remainingUsd(1_000), 1e-6);
    }
}
