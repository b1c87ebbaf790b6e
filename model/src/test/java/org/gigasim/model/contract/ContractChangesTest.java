package org.gigasim.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gigasim.model.clause.Clause;
import org.gigasim.model.spec.BreachSpec;
import org.junit.jupiter.api.Test;

/**
 * What happens to a contract after signing besides money accrual: an injunction's postponement,
 * a fee paid on it, its deferral right, where its capacity is reserved, and a clause's breach
 * terms. Fixture as in {@link ContractTest}: 25 000 chips at 2.75 USD per chip-hour for 8 760 h
 * with a 2 160 h ramp (192 000 000 chip-hours, 528 000 000 USD), here starting at hour 1 000.
 */
class ContractChangesTest {

    private static final double CHIPS = 25_000;
    private static final double PRICE = 2.75;
    private static final double RAMP = 2160;
    private static final double EPS = 1e-9;

    private static Contract startingAt1000() {
        return new Contract("k", "lab", "cloud", "acc", 0, 0, 39, CHIPS, 1000, 9760, RAMP, PRICE, 0, "policy");
    }

    @Test
    void aPostponementMovesTheWholeTermAndKeepsItsValue() {
        Contract c = startingAt1000();
        assertFalse(c.postpone(1000, 240), "a contract that starts now has started");
        assertFalse(c.postpone(500, 0), "no delay, no postponement");
        assertEquals(1000, c.startHours());
        assertEquals(9760, c.endHours());
        assertTrue(c.postpone(999, 240));
        assertEquals(1240, c.startHours());
        assertEquals(10_000, c.endHours());
        // The ramp moves with the start: hours 1 240 to 3 400 hold its 27 000 000 chip-hours, none before.
        assertEquals(0, c.reservedChips(1239));
        assertEquals(27_000_000, c.reservedChipHours(1240, 1240 + RAMP), 27_000_000 * EPS);
        assertEquals(528_000_000, c.signedValueUsd(), 528_000_000 * EPS);
        assertEquals(528_000_000, c.remainingUsd(999), 528_000_000 * EPS);
    }

    /**
     * Readers that cache what a contract reserves (a lab's held capacity) recompute only when
     * {@code termChanges} moved: every change of chips, start, end or ramp moves it, money
     * and allocation do not.
     */
    @Test
    void everyChangeOfTermsAndOnlyThatMovesTheChangeCount() {
        Contract c = startingAt1000();
        assertEquals(0, c.termChanges());
        c.allocate(1500, CHIPS / 2, CHIPS / 4);
        c.settleTo(2000);
        c.payFee(1_000_000);
        assertEquals(0, c.termChanges(), "allocation, settlement and a fee leave the terms alone");
        assertFalse(c.postpone(2000, 240));
        assertEquals(0, c.termChanges(), "a postponement refused changes nothing");
        assertTrue(startingAt1000().postpone(500, 240));
        Contract postponed = startingAt1000();
        postponed.postpone(500, 240);
        assertEquals(1, postponed.termChanges());
        c.amend(4000, 30, 20_000, 9760, PRICE);
        assertEquals(1, c.termChanges());
        c.cancel(5000, 15, 10_000, 0.5, new double[1]);
        assertEquals(2, c.termChanges());
        c.terminate(6000);
        assertEquals(3, c.termChanges());
    }

    /**
     * An allocation of nothing before the start leaves everything available; a half allocation
     * 500 h into the first ramp step (25 000 × 720 / 4 320 chips) then settles those 500 h in full.
     */
    @Test
    void anEmptyAllocationBeforeTheStartKeepsTheReservationAvailable() {
        Contract c = startingAt1000();
        double step0 = CHIPS * 720 / 4320;
        assertEquals(0, c.allocate(500, 0, 0));
        assertEquals(PRICE * 500 * step0, c.allocate(1500, step0 / 2, 0), PRICE * 500 * step0 * EPS);
        assertEquals(0, c.forfeitedUsd());
    }

    /**
     * Half the chips from hour 5 000 to past the end: the decision after the end settles
     * 5 000-9 760 at half (25 000 x 4 760 x 0.5 x 2.75 = 163 625 000 USD recognised, as much
     * forfeited); later decisions that give it nothing settle nothing more.
     */
    @Test
    void afterItsEndAContractSettlesItsLastStretchOnceAndThenNothing() {
        Contract c = startingAt1000();
        // Hours 1 000-5 000 in full: the ramp's 27 000 000 chip-hours and 25 000 x 1 840 more.
        assertEquals(200_750_000, c.allocate(5000, CHIPS / 2, 0), 200_750_000 * EPS);
        assertEquals(163_625_000, c.allocate(9800, 0, 0), 163_625_000 * EPS);
        assertEquals(0, c.allocate(9900, 0, 0));
        assertEquals(0, c.allocate(12_000, 0, 0));
        assertEquals(0, c.allocatedChips());
        assertEquals(163_625_000, c.forfeitedUsd(), 163_625_000 * EPS);
        assertEquals(0, c.remainingUsd(12_000), EPS);
        assertEquals(0, c.settleTo(12_000));
    }

    @Test
    void aFeeIsRecognisedAndAddedToTheSignedValue() {
        Contract c = startingAt1000();
        c.payFee(1_500_000);
        assertEquals(529_500_000, c.signedValueUsd(), 529_500_000 * EPS);
        assertEquals(1_500_000, c.recognisedUsd());
        // signed = recognised + forfeited + remaining still holds.
        assertEquals(c.signedValueUsd(), c.recognisedUsd() + c.forfeitedUsd() + c.remainingUsd(0),
                529_500_000 * EPS);
    }

    @Test
    void aDeferralRightHasAShiftAndAFeeShare() {
        Contract c = startingAt1000();
        assertEquals(0, c.deferralShiftHours());
        assertEquals(0, c.deferralFeeShare());
        c.allowDeferral(2160, 0.05);
        assertEquals(2160, c.deferralShiftHours());
        assertEquals(0.05, c.deferralFeeShare());
    }

    @Test
    void capacityIsReservedAtASiteInARegionOrPooled() {
        Contract atSite = new Contract("k", "lab", "cloud", "acc", 0, 0, 39, CHIPS, 0, 8760, 0, PRICE, 0, "policy",
                "site-1", "east");
        assertEquals("site-1", atSite.site());
        assertEquals("east", atSite.region());
        assertTrue(atSite.scoped());
        Contract inRegion = new Contract("k", "lab", "cloud", "acc", 0, 0, 39, CHIPS, 0, 8760, 0, PRICE, 0, "policy",
                null, "east");
        assertNull(inRegion.site());
        assertTrue(inRegion.scoped());
        Contract pooled = startingAt1000();
        assertNull(pooled.site());
        assertNull(pooled.region());
        assertFalse(pooled.scoped());
    }

    @Test
    void aClauseCarriesWhatItsBreachCosts() {
        Clause clause = () -> "exclusivity";
        ActiveClause stated = new ActiveClause(clause, 0, 100, new BreachSpec(5e6, 30.0));
        assertEquals(5e6, stated.breach().penaltyUsd());
        assertEquals(30.0, stated.breach().injunctionDays());
        assertNull(new ActiveClause(clause, 0, 100).breach());
    }
}
