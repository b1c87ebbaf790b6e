package org.gigasim.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * An amendment or a cancellation changes a contract's reservation from its time on, never
 * before it: the past reads as it was reserved, as a settlement clause reading a whole quarter
 * needs. The contract: 10 000 chips for a year (hours 0 to 8 760) at 2.5 $ per chip-hour,
 * ramping over four months (2 880 h) in steps of 720 h holding 10 000 × (0 + 720) / 5 760 =
 * 1 250, then 3 750, 6 250 and 8 750 chips. Up to hour 1 416 (in the second step, 720 to 1 440)
 * it reserves 720 × 1 250 + 696 × 3 750 = 900 000 + 2 610 000 = 3 510 000 chip-hours.
 */
class ContractHistoryTest {

    private static Contract contract() {
        return new Contract("k", "lab", "cloud", "gpu", 0, 0, 10, 10_000, 0, 8_760, 4 * Contract.RAMP_STEP_HOURS, 2.5,
                0, "file");
    }

    /**
     * Amended at hour 1 416 to 8 000 chips: the ramp ends there, so from 1 416 to the quarter's
     * end at 2 160 it holds 744 × 8 000 = 5 952 000 chip-hours, and the quarter 9 462 000. Read
     * with the new terms throughout (a ramp of 1 416 h to 8 000 chips) the quarter would hold
     * 11 616 000 chip-hours the lab never had.
     */
    @Test
    void anAmendmentInsideTheRampLeavesThePastAsItWas() {
        Contract k = contract();
        assertEquals(3_510_000, k.reservedChipHours(0, 1_416), 1e-6);
        k.amend(1_416, 8, 8_000, 8_760, 3.0);
        assertEquals(3_510_000, k.reservedChipHours(0, 1_416), 1e-6);
        assertEquals(3_510_000 + 5_952_000, k.reservedChipHours(0, 2_160), 1e-6);
        assertEquals(9_462_000, k.windowChipHours(0, 2_160), 1e-6);
        assertEquals(1_250, k.reservedChips(0));
        assertEquals(1_250, k.reservedChips(500));
        assertEquals(3_750, k.reservedChips(1_000));
        assertEquals(8_000, k.reservedChips(1_500));
    }

    /**
     * Cancelled at hour 1 416 down to 6 000 chips: the ramp scales by 0.6 from then on, so the
     * second step holds 2 250 chips for its last 24 h (to 1 440) and the third 3 750 for its whole
     * 720 h to 2 160: 3 510 000 + 54 000 + 2 700 000 = 6 264 000 chip-hours in the quarter.
     */
    @Test
    void aCancellationLeavesThePastAsItWas() {
        Contract k = contract();
        k.cancel(1_416, 6, 6_000, 0.2, new double[1]);
        assertEquals(3_510_000 + 24 * 2_250 + 720 * 3_750, k.reservedChipHours(0, 2_160), 1e-6);
        assertEquals(6_264_000, k.reservedChipHours(0, 2_160), 1e-6);
        assertEquals(3_750, k.reservedChips(1_000));
        assertEquals(2_250, k.reservedChips(1_430));
        assertEquals(3_750, k.reservedChips(2_000));
    }

    /**
     * Two amendments: to 8 000 chips at 1 416, to 5 000 at 1 800. The quarter holds 3 510 000 +
     * 384 × 8 000 + 360 × 5 000 = 8 382 000 chip-hours; from 1 000 to 1 900, 416 × 3 750 +
     * 384 × 8 000 + 100 × 5 000 = 5 132 000.
     */
    @Test
    void eachAmendmentKeepsTheTermsBeforeIt() {
        Contract k = contract();
        k.amend(1_416, 8, 8_000, 8_760, 3.0);
        k.amend(1_800, 5, 5_000, 8_760, 3.0);
        assertEquals(8_382_000, k.reservedChipHours(0, 2_160), 1e-6);
        assertEquals(5_132_000, k.reservedChipHours(1_000, 1_900), 1e-6);
        assertEquals(384 * 8_000, k.reservedChipHours(1_416, 1_800), 1e-6);
        assertEquals(8_000, k.reservedChips(1_799));
        assertEquals(5_000, k.reservedChips(1_800));
    }

    /**
     * An amendment before the start keeps no past: nothing was reserved under either terms, and
     * the new reservation (8 000 chips ramping over the same four months) reads from the start:
     * its first step, hours 100 to 820, holds 8 000 × (0 + 720) / 5 760 = 1 000 chips.
     */
    @Test
    void anAmendmentBeforeTheStartRewritesTheWholeTerm() {
        Contract k = new Contract("k", "lab", "cloud", "gpu", 0, 0, 10, 10_000, 100, 8_860, 4 * Contract.RAMP_STEP_HOURS,
                2.5, 0, "file");
        k.amend(50, 8, 8_000, 8_860, 3.0);
        assertEquals(720 * 1_000, k.reservedChipHours(0, 820), 1e-6);
    }

    /**
     * The contract ends at hour 8 760: it reserves nothing from then on, and has not ended at
     * 8 759. Amended at 1 416 to end at 6 000, it has ended by 6 000 (and reserves nothing at
     * 7 000), but not by 5 999; read at 1 000, before the amendment, it had not ended either.
     */
    @Test
    void aContractHasEndedOnceItsCurrentTermsHave() {
        Contract k = contract();
        assertEquals(false, k.endedBy(8_759));
        assertEquals(true, k.endedBy(8_760));
        k.amend(1_416, 8, 8_000, 6_000, 3.0);
        assertEquals(false, k.endedBy(1_000));
        assertEquals(false, k.endedBy(5_999));
        assertEquals(true, k.endedBy(6_000));
        assertEquals(0, k.reservedChips(7_000));
    }
}
