package org.gigasim.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gigasim.model.clause.Clause;
import org.junit.jupiter.api.Test;

/**
 * A contract's reservation and money against values integrated by hand, with non-unit
 * figures so that a dropped or inverted price, chip count or ramp shows.
 *
 * <p>Fixture: 39 facility MW of a chip drawing 1.2 kW IT at a site of PUE 1.3, so
 * 39 × 1000 / (1.2 × 1.3) = 39 000 / 1.56 = 25 000 chips; priced at 2.75 USD per chip-hour;
 * signed and starting at hour 0, ending at hour 8 760 (one year); ramping up over three
 * months of 720 h, 2 160 h. Expectations that depend only on the ramp's integral (term
 * chip-hours, value, money over intervals that contain the whole ramp) are kept apart from
 * those that depend on its monthly staircase ({@link #reservationInsideTheRampClimbsInMonthlySteps}).
 */
class ContractTest {

    private static final double KW_IT_PER_CHIP = 1.2;
    private static final double PUE = 1.3;
    private static final double MW = 39;
    private static final double CHIPS = MW * 1000 / (KW_IT_PER_CHIP * PUE);
    private static final double PRICE = 2.75;
    private static final double END = 8760;
    private static final double RAMP = 2160;
    /** Relative tolerance of the money checks: the arithmetic is exact up to rounding. */
    private static final double EPS = 1e-9;

    private static Contract contract() {
        return new Contract("c1", "lab", "cloud", "acc", 0, 0, MW, CHIPS, 0, END, RAMP, PRICE, 0, "policy");
    }

    /** A routing decision at {@code t} that holds for {@code hours}: allocation, then the use it accrues. */
    private static double step(Contract c, double t, double hours, double allocated, double used) {
        double recognised = c.allocate(t, allocated, used);
        c.accrueUse(t, t + hours);
        return recognised;
    }

    private static Contract shifted() {
        return new Contract("c3", "lab", "cloud", "acc", 0, 0, MW, CHIPS, 1000, 1000 + END, RAMP, PRICE, 0, "policy");
    }

    @Test
    void fixtureChipsComeFromFacilityMegawatts() {
        // 39 MW × 1000 kW/MW / 1.56 kW per chip = 25 000 chips.
        assertClose(25_000, CHIPS);
    }

    @Test
    void termChipHoursAndSignedValueIntegrateTheRamp() {
        Contract c = contract();
        // The ramp delivers half its full chips on average: 25 000 × 2 160 / 2 = 27 000 000 chip-hours;
        // the rest of the year runs full: 25 000 × (8 760 − 2 160) = 165 000 000. Total 192 000 000.
        assertClose(192_000_000, c.reservedChipHours(0, END));
        assertClose(192_000_000, c.reservedChipHours(-500, END + 500));
        assertClose(27_000_000, c.reservedChipHours(0, RAMP));
        // Signed value: 2.75 × 192 000 000 = 528 000 000 USD.
        assertClose(528_000_000, c.signedValueUsd());
        assertClose(528_000_000, c.remainingUsd(0));
        assertClose(528_000_000, c.remainingUsd(-100));
        // After the ramp: 25 000 chips × (3 160 − 2 160) h = 25 000 000 chip-hours.
        assertClose(25_000_000, c.reservedChipHours(RAMP, 3160));
        // Nothing reserved outside the term, and an empty or reversed interval holds nothing.
        assertEquals(0, c.reservedChipHours(END, END + 100));
        assertEquals(0, c.reservedChipHours(-100, 0));
        assertEquals(0, c.reservedChipHours(5000, 4000));
    }

    @Test
    void aTermStartingLaterIntegratesTheSameRamp() {
        // The same contract shifted to start at hour 1 000: the same 192 000 000 chip-hours and
        // 528 000 000 USD, the whole ramp (hours 1 000 to 3 160) holding 27 000 000 of them.
        Contract c = shifted();
        assertClose(192_000_000, c.reservedChipHours(0, 1000 + END));
        assertClose(528_000_000, c.signedValueUsd());
        assertClose(27_000_000, c.reservedChipHours(1000, 1000 + RAMP));
        assertEquals(0, c.reservedChips(999));
        assertClose(25_000, c.reservedChips(1000 + RAMP));
        assertClose(25_000, c.reservedChipHours(1000 + RAMP, 1001 + RAMP));
    }

    @Test
    void aContractSignedLateIsWorthOnlyTheRestOfItsTerm() {
        Contract c = new Contract("c2", "lab", "cloud", "acc", 0, 0, MW, CHIPS, 0, END, RAMP, PRICE, 3160, "policy");
        // Signed at hour 3 160, after the ramp: 25 000 × (8 760 − 3 160) = 140 000 000 chip-hours × 2.75 = 385 000 000.
        assertClose(385_000_000, c.signedValueUsd());
        // Settling before the signature recognises nothing.
        assertEquals(0, c.settleTo(3000));
        assertEquals(0, c.recognisedUsd());
    }

    /**
     * The shifted contract (start 1 000, end 9 760) settled daily before its start and after
     * its end recognises and forfeits nothing there, while one settlement from before the start
     * to the ramp's end still recognises the whole ramp: 2.75 × 27 000 000 = 74 250 000 USD.
     */
    @Test
    void settlementsOutsideTheTermMoveNoMoney() {
        Contract c = shifted();
        for (double t = 24; t <= 984; t += 24) {
            assertEquals(0, c.settleTo(t));
        }
        assertEquals(0, c.recognisedUsd());
        assertEquals(0, c.forfeitedUsd());
        assertClose(74_250_000, c.settleTo(1000 + RAMP));
        assertClose(528_000_000, c.recognisedUsd() + c.settleTo(1000 + END));
        double recognised = c.recognisedUsd();
        for (double t = 1000 + END + 24; t <= 1000 + END + 240; t += 24) {
            assertEquals(0, c.settleTo(t));
        }
        assertEquals(recognised, c.recognisedUsd());
        assertEquals(0, c.forfeitedUsd());
        assertConserved(c, 1000 + END + 240);
    }

    @Test
    void reservedChipsAreFullAfterTheRampAndZeroOutsideTheTerm() {
        Contract c = contract();
        assertEquals(0, c.reservedChips(-1));
        assertClose(25_000, c.reservedChips(RAMP));
        assertClose(25_000, c.reservedChips(5000));
        assertClose(25_000, c.reservedChips(END - 1));
        assertEquals(0, c.reservedChips(END), "the end hour is outside the term");
        assertEquals(false, c.isActiveAt(END));
        assertEquals(true, c.isActiveAt(0));
        assertEquals(false, c.isActiveAt(-1));
    }

    /** Everything here depends on the ramp being linear; a stepped ramp of the same integral changes it. */
    @Test
    void reservationInsideTheRampClimbsInMonthlySteps() {
        Contract c = contract();
        // Steps of 720 h over the 2 160 h ramp: [0, 720), [720, 1 440), [1 440, 2 160). Each holds
        // the linear ramp's mean over it, 25 000 × (from + to) / (2 × 2 160):
        // 25 000 × 720 / 4 320, 25 000 × 2 160 / 4 320 and 25 000 × 3 600 / 4 320 chips.
        double step0 = 25_000 * 720 / 4320.0;
        double step1 = 25_000 * 2160 / 4320.0;
        double step2 = 25_000 * 3600 / 4320.0;
        assertClose(step0, c.reservedChips(0));
        assertClose(step0, c.reservedChips(540));
        assertClose(step1, c.reservedChips(720));
        assertClose(step1, c.reservedChips(1080));
        assertClose(step2, c.reservedChips(2159));
        assertClose(CHIPS, c.reservedChips(RAMP));
        // Whole steps hold the linear ramp's chip-hours: 720 × step0 + 720 × step1 + 720 × step2
        // = 25 000 / 4 320 × (518 400 + 1 555 200 + 2 592 000) = 25 000 × 1 080 = 27 000 000.
        assertClose(27_000_000, c.reservedChipHours(0, RAMP));
        // To hour 1 080: the first step and 360 h of the second, 25 000 / 4 320 × (720 × 720 + 2 160 × 360)
        // = 25 000 × 1 296 000 / 4 320 = 7 500 000; the rest of the ramp 27 000 000 − that; across the
        // ramp's end to 3 160 adds 25 000 000 of full chips.
        double firstPart = 25_000.0 * 1_296_000 / 4320;
        assertClose(firstPart, c.reservedChipHours(0, 1080));
        assertClose(27_000_000 - firstPart, c.reservedChipHours(1080, RAMP));
        assertClose(52_000_000 - firstPart, c.reservedChipHours(1080, 3160));
        // Recognised with everything available: 2.75 × those chip-hours.
        assertClose(2.75 * firstPart, c.settleTo(1080));
        assertConserved(c, 1080);
        assertClose(2.75 * (52_000_000 - firstPart), c.settleTo(3160));
        assertConserved(c, 3160);
        // An amendment inside the ramp (to 40 000 chips at 3.00 USD from hour 1 080) ends the ramp there.
        Contract amended = contract();
        amended.amend(1080, 62.4, 40_000, END, 3.0);
        assertClose(40_000, amended.reservedChips(1080));
        assertClose(40_000, amended.reservedChips(1500));
        // Shifted to start at hour 1 000, hour 1 540 is 540 h into the first step; from there to the
        // ramp's end 27 000 000 − 540 × step0 = 27 000 000 − 2 250 000 = 24 750 000.
        assertClose(step0, shifted().reservedChips(1540));
        assertClose(24_750_000, shifted().reservedChipHours(1540, 1000 + RAMP));
        // Amended to 40 000 chips at hour 1 540, its ramp ends there (540 h after its start).
        Contract cut = shifted();
        cut.amend(1540, 62.4, 40_000, 1000 + END, 3.0);
        assertClose(540, cut.rampHours());
        assertClose(40_000, cut.reservedChips(1600));
        // Amended at its very start, it keeps its ramp, now towards 40 000 chips: 40 000 × 720 / 4 320 at hour 540.
        Contract atStart = contract();
        atStart.amend(0, 62.4, 40_000, END, 3.0);
        assertClose(40_000 * 720 / 4320.0, atStart.reservedChips(540));
        // A price-only amendment inside the ramp keeps it. Remaining at 1 080 was
        // 2.75 × (192 000 000 − first part); at 3.00 it is 3 × the same, so the value rises by 0.25 × that.
        Contract repriced = contract();
        assertClose(0.25 * (192_000_000 - firstPart), repriced.amend(1080, MW, CHIPS, END, 3.0));
        assertClose(RAMP, repriced.rampHours());
        assertClose(step0, repriced.reservedChips(540));
    }

    @Test
    void recognitionOverIntervalsAcrossTheRampsEndConservesMoney() {
        Contract c = contract();
        assertConserved(c, 0);
        // Everything available from 0 to 3 160: (27 000 000 + 25 000 000) chip-hours × 2.75 = 143 000 000.
        assertClose(143_000_000, c.settleTo(3160));
        assertClose(143_000_000, c.recognisedUsd());
        assertEquals(0, c.forfeitedUsd(), 1e-6);
        // Remaining: 25 000 × (8 760 − 3 160) × 2.75 = 385 000 000; 143 + 385 = 528 million.
        assertClose(385_000_000, c.remainingUsd(3160));
        assertConserved(c, 3160);
        // Settling again at the same hour adds nothing.
        assertEquals(0, c.settleTo(3160));
        // To the end: 385 000 000 more; everything signed is recognised.
        assertClose(385_000_000, c.settleTo(END));
        assertClose(528_000_000, c.recognisedUsd());
        assertEquals(0, c.remainingUsd(END));
        assertConserved(c, END);
    }

    @Test
    void anOutageForfeitsTheShareOfTheReservationNotMadeAvailable() {
        Contract c = contract();
        // Full availability until 3 160 (143 000 000 recognised when the fraction changes).
        assertEquals(0, step(c, 0, 1, CHIPS, 0), "all reserved chips available at hour 0: fraction stays 1, nothing settles");
        assertClose(143_000_000, step(c, 3160, 24, 10_000, 6_000));
        assertConserved(c, 3160);
        // 10 000 of 25 000 chips available (40%) from 3 160 to 3 400: 25 000 × 240 = 6 000 000
        // chip-hours; recognised 0.4 × 6 000 000 × 2.75 = 6 600 000, forfeited 0.6 × … = 9 900 000.
        assertClose(6_600_000, step(c, 3400, 24, CHIPS, CHIPS));
        assertClose(149_600_000, c.recognisedUsd());
        assertClose(9_900_000, c.forfeitedUsd());
        // Remaining 25 000 × 5 360 × 2.75 = 368 500 000; 149.6 + 9.9 + 368.5 = 528 million.
        assertClose(368_500_000, c.remainingUsd(3400));
        assertConserved(c, 3400);
        // The lab used 6 000 of the 10 000 chips for 24 h, then 25 000 for 24 h: 144 000 + 600 000.
        assertClose(744_000, c.usedChipHours());
        assertClose(CHIPS, c.allocatedChips());
        // A charge claims forfeited value, capped at what was forfeited.
        assertClose(9_900_000, c.charge(20_000_000));
        assertEquals(0, c.forfeitedUsd(), 1e-6);
        assertClose(159_500_000, c.recognisedUsd());
        assertEquals(0, c.charge(-5));
        assertConserved(c, 3400);
    }

    @Test
    void anAmendmentAfterTheRampChangesTheValueByTheChangeInWhatRemains() {
        Contract c = contract();
        // At 4 000, to 40 000 chips (62.4 MW) at 3.00 USD until 8 760. Before it: 2.75 × 25 000 × 4 760 =
        // 327 250 000 remains; after it 3.00 × 40 000 × 4 760 = 571 200 000; the change is 243 950 000.
        assertClose(243_950_000, c.amend(4000, 62.4, 40_000, END, 3.0));
        assertClose(528_000_000 + 243_950_000, c.signedValueUsd());
        // Recognised up to 4 000: 2.75 × (27 000 000 + 25 000 × 1 840) = 2.75 × 73 000 000 = 200 750 000.
        assertClose(200_750_000, c.recognisedUsd());
        assertConserved(c, 4000);
        assertClose(62.4, c.mw());
        assertClose(3.0, c.priceUsdPerChipHour());
        // A shorter end: from 6 000, end at 7 000 instead: remaining falls from 3 × 40 000 × 2 760 =
        // 331 200 000 to 3 × 40 000 × 1 000 = 120 000 000, a change of −211 200 000.
        assertClose(-211_200_000, c.amend(6000, 62.4, 40_000, 7000, 3.0));
        assertConserved(c, 6000);
        assertClose(7000, c.endHours());
        // An end before the amendment's own date ends the contract at that date.
        c.amend(6500, 62.4, 40_000, 100, 3.0);
        assertClose(6500, c.endHours());
        assertEquals(0, c.remainingUsd(6500));
        assertConserved(c, 6500);
    }

    @Test
    void anAmendmentInsideTheRampConservesMoney() {
        Contract c = contract();
        // Up to hour 2 160 the first ramp's whole integral is recognised: 27 000 000 × 2.75 = 74 250 000.
        c.settleTo(RAMP);
        assertClose(74_250_000, c.recognisedUsd());
        c.amend(1080 + RAMP, 62.4, 40_000, END, 3.0);
        assertConserved(c, 1080 + RAMP);
        // An amendment inside the ramp: whatever becomes of the ramp, signed = recognised + forfeited +
        // remaining must hold right after it and at every later settlement.
        Contract inRamp = contract();
        inRamp.amend(1080, 62.4, 40_000, END, 3.0);
        assertConserved(inRamp, 1080);
        inRamp.settleTo(5000);
        assertConserved(inRamp, 5000);
        // From 1 080 to the end, 40 000 chips at 3.00: 40 000 × 7 680 × 3 = 921 600 000 remain.
        assertClose(921_600_000, inRamp.remainingUsd(1080));
    }

    @Test
    void anAmendmentKeepsTheStaircaseBehindItAndACancellationRedrawsTheOneAhead() {
        Contract c = contract();
        // Step 0 of the 2 160-hour ramp holds the line's mean over its first 720 hours.
        assertClose(CHIPS * 720 / (2 * RAMP), c.reservedChips(500));
        assertClose(CHIPS * 720 / (2 * RAMP) * 500, c.reservedChipHours(0, 500));
        c.amend(1080, 62.4, 40_000, END, 3.0);
        // The hours before the amendment keep the steps then in force; from 1 080 the ramp has ended.
        assertClose(CHIPS * 720 / (2 * RAMP), c.reservedChips(500));
        assertClose(CHIPS * 720 / (2 * RAMP) * 500, c.reservedChipHours(0, 500));
        assertClose(40_000, c.reservedChips(1500));
        // A cancellation to half the chips at 900 h halves step 1 (720 to 1 440 h) from then on, not before.
        Contract cut = contract();
        double step1 = CHIPS * (720 + 1440) / (2 * RAMP);
        assertClose(step1, cut.reservedChips(1000));
        cut.cancel(900, MW / 2, CHIPS / 2, 0, new double[1]);
        assertClose(step1 / 2, cut.reservedChips(1000));
        assertClose(step1, cut.reservedChips(800));
        assertClose(step1 * 180 + step1 / 2 * 100, cut.reservedChipHours(720, 1000));
    }

    @Test
    void aPriceOnlyAmendmentInsideTheRampConservesMoney() {
        Contract c = contract();
        c.amend(1080, MW, CHIPS, END, 3.0);
        assertConserved(c, 1080);
        c.settleTo(END);
        assertConserved(c, END);
        assertEquals(0, c.forfeitedUsd(), 1e-6);
    }

    @Test
    void whileABillOnUseClauseIsActiveTheChipHoursUsedAreRecognised() {
        Contract c = contract();
        Clause onUse = new Clause() {
            public String type() { return "on-use"; }
            public boolean billsOnUse() { return true; }
        };
        ActiveClause active = new ActiveClause(onUse, 3160, 5000);
        c.addClause(active);
        assertEquals(List.of(active), c.clauses());
        assertEquals(3160, active.fromHours());
        assertEquals(true, active.isActiveAt(3160));
        assertEquals(false, active.isActiveAt(5000));
        // From hour 3 160 the lab uses 10 000 of the 25 000 chips for 100 h: 1 000 000 chip-hours.
        assertEquals(0, step(c, 3160, 100, CHIPS, 10_000));
        assertClose(1_000_000, active.usedChipHours());
        // Settling at 3 260: before the clause, ratably, 52 000 000 chip-hours × 2.75 = 143 000 000;
        // while it is active, the use, 1 000 000 × 2.75 = 2 750 000. Forfeited: the 1 500 000
        // reserved chip-hours not used, 4 125 000.
        assertClose(145_750_000, c.settleTo(3260));
        assertClose(4_125_000, c.forfeitedUsd());
        assertConserved(c, 3260);
        // After the clause ends at 5 000, ratable again: [3 260, 5 000) was billed on use (nothing
        // used), [5 000, 6 000) ratably, 25 000 × 1 000 × 2.75 = 68 750 000.
        assertClose(68_750_000, c.settleTo(6000));
        assertConserved(c, 6000);
    }

    @Test
    void theContractNamesItsPartiesAndIndices() {
        Contract c = new Contract("c9", "lab-x", "cloud-y", "acc-z", 3, 4, MW, CHIPS, 0, END, RAMP, PRICE, 12,
                "right-of-first-refusal");
        assertEquals(List.of("c9", "lab-x", "cloud-y", "acc-z"), List.of(c.contractId(), c.lab(), c.cloud(),
                c.accelerator()));
        assertEquals(3, c.labIndex());
        assertEquals(4, c.acceleratorIndex());
        assertEquals(12, c.signedHours());
        assertEquals(0, c.startHours());
        assertEquals("right-of-first-refusal", c.decidedBy());
    }

    private static void assertConserved(Contract c, double t) {
        double accounted = c.recognisedUsd() + c.forfeitedUsd() + c.remainingUsd(t);
        assertEquals(c.signedValueUsd(), accounted, EPS * c.signedValueUsd(),
                "signed = recognised + forfeited + remaining at hour " + t);
    }

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, EPS * Math.max(1, Math.abs(expected)));
    }
}
