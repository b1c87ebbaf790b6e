package org.gigasim.model.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gigasim.engine.random.Distribution;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.engine.time.SimCalendar;
import org.gigasim.model.spec.DemandSpec;
import org.gigasim.model.spec.EfficiencyStepSpec;
import org.gigasim.model.spec.FinanceSpec;
import org.gigasim.model.spec.FundingRoundSpec;
import org.gigasim.model.spec.InferenceDemandSpec;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.TrafficClass;
import org.junit.jupiter.api.Test;

/** A lab's demand curve, efficiency steps and money, against values computed by hand. */
class LabTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final SimCalendar CALENDAR = new SimCalendar(START);
    private static final double YEAR = 8760;

    private static Lab lab(DemandSpec demand, Map<String, List<EfficiencyStepSpec>> efficiency, FinanceSpec finance) {
        return new Lab(new LabSpec("lab", demand, efficiency, finance, null), CALENDAR, new RandomStreams(3, 0));
    }

    @Test
    void demandCompoundsYearlyTimesItsFactorAndTheDaysNoise() {
        // Stateless 400 H100e growing 50% a year; stateful 250 flat with a fixed +20% noise each day.
        DemandSpec demand = new DemandSpec(new InferenceDemandSpec(400, 0.5, null),
                new InferenceDemandSpec(250, 0.0, new Distribution.Fixed(0.2)), null, null);
        Lab lab = lab(demand, Map.of(), null);
        assertEquals(400 * 1.5 * 1.5, lab.forecast(TrafficClass.STATELESS_API, 2 * YEAR), 1e-9);
        assertEquals(400 * Math.sqrt(1.5), lab.forecast(TrafficClass.STATELESS_API, YEAR / 2), 1e-9);
        assertEquals(0, lab.forecast(TrafficClass.FIRST_PARTY, YEAR));
        assertEquals(0, lab.demand(TrafficClass.STATEFUL), "no level before the first day");

        lab.startDay(YEAR);
        assertEquals(YEAR, lab.demandSetAt());
        assertEquals(600, lab.demand(TrafficClass.STATELESS_API), 1e-9);
        assertEquals(250 * 1.2, lab.demand(TrafficClass.STATEFUL), 1e-9);
        assertEquals(250, lab.forecast(TrafficClass.STATEFUL, YEAR), 1e-9, "the forecast has no noise");

        lab.scaleDemand(TrafficClass.STATELESS_API, 0.7);
        lab.scaleDemand(TrafficClass.STATELESS_API, 0.5);
        assertEquals(0.35, lab.demandFactor(TrafficClass.STATELESS_API), 1e-12);
        assertEquals(1.0, lab.demandFactor(TrafficClass.STATEFUL));
        assertEquals(600, lab.demand(TrafficClass.STATELESS_API), 1e-9, "levels hold until refreshed");
        lab.refreshDemand(YEAR + 12);
        assertEquals(YEAR + 12, lab.demandSetAt());
        assertEquals(400 * Math.pow(1.5, (YEAR + 12) / YEAR) * 0.35, lab.demand(TrafficClass.STATELESS_API), 1e-9);
    }

    @Test
    void noiseBelowMinusOneLeavesNoDemandRatherThanNegative() {
        // A stated bound below -1 is refused (SpecBoundsTest); a normal may still draw there, about -1.5 here.
        DemandSpec demand = new DemandSpec(new InferenceDemandSpec(100, 0.0, new Distribution.Normal(-1.5, 1e-3)), null,
                null, null);
        Lab lab = lab(demand, Map.of(), null);
        lab.startDay(0);
        assertEquals(0, lab.demand(TrafficClass.STATELESS_API));
    }

    @Test
    void efficiencyFollowsItsStepsInDateOrder() {
        double june = CALENDAR.hoursAt(LocalDate.of(2026, 6, 1));
        double march = CALENDAR.hoursAt(LocalDate.of(2026, 3, 1));
        Lab lab = lab(null, Map.of("tpu", List.of(new EfficiencyStepSpec(LocalDate.of(2026, 3, 1), 0.6),
                new EfficiencyStepSpec(LocalDate.of(2026, 6, 1), 0.85)), "empty", List.of()), null);
        assertEquals(0.6, lab.efficiency("tpu", 0), "before the first step its factor applies");
        assertEquals(0.6, lab.efficiency("tpu", march));
        assertEquals(0.6, lab.efficiency("tpu", june - 1));
        assertEquals(0.85, lab.efficiency("tpu", june));
        assertEquals(0.85, lab.efficiency("tpu", june + YEAR));
        assertEquals(1.0, lab.efficiency("gpu", june), "no steps: full rating");
        assertEquals(1.0, lab.efficiency("empty", june));
    }

    @Test
    void theNextEfficiencyStepIsTheEarliestOfAnyAcceleratorsStillToCome() {
        double march = CALENDAR.hoursAt(LocalDate.of(2026, 3, 1));
        double april = CALENDAR.hoursAt(LocalDate.of(2026, 4, 15));
        double june = CALENDAR.hoursAt(LocalDate.of(2026, 6, 1));
        Lab lab = lab(null, Map.of("tpu", List.of(new EfficiencyStepSpec(LocalDate.of(2026, 3, 1), 0.6),
                new EfficiencyStepSpec(LocalDate.of(2026, 6, 1), 0.85)),
                "gpu", List.of(new EfficiencyStepSpec(LocalDate.of(2026, 4, 15), 0.9)), "empty", List.of()), null);
        assertEquals(march, lab.nextEfficiencyStepAfter(0));
        assertEquals(april, lab.nextEfficiencyStepAfter(march), "a step at t has taken effect: the next is later");
        assertEquals(june, lab.nextEfficiencyStepAfter(april));
        assertEquals(june, lab.nextEfficiencyStepAfter(june - 1));
        assertEquals(Double.POSITIVE_INFINITY, lab.nextEfficiencyStepAfter(june), "no step after the last");
        assertEquals(Double.POSITIVE_INFINITY, lab(null, Map.of(), null).nextEfficiencyStepAfter(0));
    }

    @Test
    void efficienciesByIndexFollowTheSameSteps() {
        double june = CALENDAR.hoursAt(LocalDate.of(2026, 6, 1));
        Lab lab = lab(null, Map.of("tpu", List.of(new EfficiencyStepSpec(LocalDate.of(2026, 3, 1), 0.6),
                new EfficiencyStepSpec(LocalDate.of(2026, 6, 1), 0.85))), null);
        List<String> ids = List.of("gpu", "tpu");
        double[] into = new double[2];
        lab.efficiencies(ids, june - 1, into);
        assertArrayEquals(new double[] {1.0, 0.6}, into, "before June the March step holds; no steps: full rating");
        lab.efficiencies(ids, june, into);
        assertArrayEquals(new double[] {1.0, 0.85}, into);
        lab.efficiencies(List.of("tpu"), june, into);
        assertEquals(0.85, into[0], "another id list is looked up again");
    }

    @Test
    void cashIsOpeningPlusRaisedPlusEarnedMinusSpent() {
        FinanceSpec finance = new FinanceSpec(5e9, List.of(new FundingRoundSpec(START, 1e9)), 2.5, 0.0, 1e9, null);
        Lab lab = lab(null, Map.of(), finance);
        assertTrue(lab.hasFinance());
        assertEquals(5e9, lab.openingCashUsd());
        assertEquals(5e9, lab.cashUsd());
        assertEquals(5e9, lab.checkedCashUsd());
        lab.spend(3e8);
        lab.spend(2e8);
        lab.earn(7e7);
        assertEquals(5e8, lab.spendUsd());
        assertEquals(7e7, lab.revenueUsd());
        assertEquals(5e9 - 5e8 + 7e7, lab.cashUsd());
        assertEquals(5e9, lab.checkedCashUsd(), "spending and revenue wait for the day's check");
        lab.raise(1.5e9);
        assertEquals(1.5e9, lab.raisedUsd());
        assertEquals(6.5e9, lab.checkedCashUsd(), "a round counts at once");
        assertEquals(5e9 - 5e8 + 7e7 + 1.5e9, lab.cashUsd());
        lab.markCashChecked();
        assertEquals(lab.cashUsd(), lab.checkedCashUsd());
        assertFalse(lab.inDefault());
        lab.setInDefault(true);
        assertTrue(lab.inDefault());
        lab.setInDefault(false);
        assertFalse(lab.inDefault());
    }

    @Test
    void aLabWithoutFinanceHasNoCashAndEarnsNothing() {
        Lab lab = lab(null, Map.of(), null);
        assertFalse(lab.hasFinance());
        assertEquals(0, lab.openingCashUsd());
        assertEquals(0, lab.revenueUsdPerH100eHour(YEAR));
        assertEquals(0, lab.revenueUsdPerH100e(0, YEAR));
        assertEquals("lab", lab.id());
        assertEquals("lab", lab.spec().id());
    }

    @Test
    void revenueRateCompoundsAndItsIntegralIsExact() {
        Lab growing = lab(null, Map.of(), new FinanceSpec(0.0, null, 2.5, 0.44, null, null));
        assertEquals(2.5, growing.revenueUsdPerH100eHour(0), 1e-12);
        assertEquals(2.5 * 1.2, growing.revenueUsdPerH100eHour(YEAR / 2), 1e-12);
        assertEquals(2.5 * 1.44 * 1.44, growing.revenueUsdPerH100eHour(2 * YEAR), 1e-12);
        // ∫ r0·1.44^(t/8760) dt from one year to two = r0·8760·(1.44² − 1.44) / ln 1.44.
        double expected = 2.5 * YEAR * (1.44 * 1.44 - 1.44) / Math.log(1.44);
        assertEquals(expected, growing.revenueUsdPerH100e(YEAR, 2 * YEAR), expected * 1e-12);
        assertEquals(0, growing.revenueUsdPerH100e(YEAR, YEAR));
        assertEquals(0, growing.revenueUsdPerH100e(2 * YEAR, YEAR));
        Lab flat = lab(null, Map.of(), new FinanceSpec(0.0, null, 2.5, null, null, null));
        assertEquals(2.5 * 30, flat.revenueUsdPerH100e(100, 130), 1e-12);
    }
}
