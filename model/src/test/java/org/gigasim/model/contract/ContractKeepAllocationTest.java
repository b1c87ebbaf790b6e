package org.gigasim.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link Contract#keepAllocation}: a decision where only the lab's use changed sets the chips
 * used and nothing else, and it declines whenever the allocation, the terms or the ramp's step
 * may have changed, so that {@link Contract#allocate} settles as before.
 *
 * <p>The fixture: 1,200 chips from hour 1,000 to 9,760 at $2.75 a chip-hour, ramping over
 * 2,160 hours (three ramp months of 720 hours), signed at hour 0. Its ramp steps hold 200,
 * 600 and 1,000 chips (the linear ramp's mean over each month: 1,200 × (0 + 720) / 4,320, …).
 */
class ContractKeepAllocationTest {

    private static final double CHIPS = 1200;
    private static final double PRICE = 2.75;

    private static Contract contract() {
        return new Contract("k", "lab", "cloud", "acc", 0, 0, 39, CHIPS, 1000, 9760, 2160, PRICE, 0, "policy");
    }

    /** The chips the lab uses at {@code t}, read as the chip-hours one more hour of use adds. */
    private static double usedFor(Contract c, double t) {
        double before = c.usedChipHours();
        c.accrueUse(t, t + 1);
        return c.usedChipHours() - before;
    }

    @Test
    void withinARampStepOnlyTheChipsUsedChange() {
        Contract c = contract();
        assertEquals(600, c.reservedChips(1000 + 720 + 10), 1e-9);
        c.allocate(1730, 450, 300);
        double recognised = c.recognisedUsd();
        assertTrue(c.keepAllocation(1800, 450, 420), "the same step, chips and terms");
        assertEquals(420, usedFor(c, 1800));
        assertTrue(c.keepAllocation(1900, 450, 900), "the use is capped at the allocation, as allocate caps it");
        assertEquals(450, usedFor(c, 1900));
        assertEquals(recognised, c.recognisedUsd(), "nothing settled");
        assertEquals(450, c.allocatedChips());
    }

    @Test
    void itDeclinesAtTheNextRampStepAnotherAllocationOrNewTerms() {
        Contract c = contract();
        c.allocate(1730, 450, 300);
        // The next step starts at hour 2,440; the allocation is read again a little before it.
        assertFalse(c.keepAllocation(2440, 450, 300), "a new ramp step reserves 1,000 chips");
        assertFalse(c.keepAllocation(2439.9999, 450, 300), "rounding may put the step a hair early");
        assertTrue(c.keepAllocation(2439, 450, 300));
        assertFalse(c.keepAllocation(1800, 449.99999, 300), "other chips allocated");
        assertFalse(c.keepAllocation(1800, Math.nextUp(450.0), 300), "compared bit for bit");
        c.amend(1800, 39, 1500, 9760, PRICE);
        assertFalse(c.keepAllocation(1900, 450, 300), "the terms changed");
        assertEquals(300, usedFor(c, 1900), "a declined call changes nothing");
    }

    @Test
    void beforeItsStartAndAfterItsEndTheReservationHoldsToTheBoundary() {
        Contract c = contract();
        c.allocate(10, 0, 0);
        assertTrue(c.keepAllocation(999, 0, 5), "no reservation until the start");
        assertEquals(0, usedFor(c, 999));
        assertFalse(c.keepAllocation(1000, 0, 5), "the start changes the reservation");
        c.allocate(9760, 0, 0);
        assertTrue(c.keepAllocation(1e7, 0, 0), "nothing changes after the end");
    }

    @Test
    void keepingTheAllocationMovesTheSameMoneyAsAllocatingAgain() {
        // Two copies of the contract through the same decisions, one told its allocation each time.
        Contract kept = contract();
        Contract told = contract();
        // As the world decides: at the start and at each ramp step (the allocation changes), and in
        // between when only demand moves.
        double[][] decisions = {{1000, 150, 100}, {1200, 150, 140}, {1300, 150, 20}, {1720, 520, 400},
            {1760, 520, 520}, {2440, 1000, 700}, {2600, 1000, 1000}, {3160, 1200, 800}, {4100, 1200, 1100}};
        double keptUsd = 0;
        double toldUsd = 0;
        for (double[] d : decisions) {
            if (!kept.keepAllocation(d[0], d[1], d[2])) {
                keptUsd += kept.allocate(d[0], d[1], d[2]);
            }
            toldUsd += told.allocate(d[0], d[1], d[2]);
            kept.accrueUse(d[0], d[0] + 50);
            told.accrueUse(d[0], d[0] + 50);
        }
        keptUsd += kept.settleTo(5000);
        toldUsd += told.settleTo(5000);
        assertEquals(Double.doubleToRawLongBits(toldUsd), Double.doubleToRawLongBits(keptUsd));
        assertEquals(Double.doubleToRawLongBits(told.recognisedUsd()), Double.doubleToRawLongBits(kept.recognisedUsd()));
        assertEquals(Double.doubleToRawLongBits(told.forfeitedUsd()), Double.doubleToRawLongBits(kept.forfeitedUsd()));
        assertEquals(Double.doubleToRawLongBits(told.usedChipHours()), Double.doubleToRawLongBits(kept.usedChipHours()));
        // By hand: from 1,000 to 1,720 the step reserves 200 chips and 150 are available (3/4), then
        // 600 reserved and 520 available until 2,440 (13/15), 1,000 and all of them until 3,160, then
        // 1,200 and all of them to 5,000 (nothing is reserved before the start).
        double expected = PRICE * (0.75 * 200 * 720 + 13.0 / 15 * 600 * 720 + 1000 * 720 + 1200 * 1840);
        assertEquals(expected, kept.recognisedUsd(), 1e-6 * expected);
    }
}
