package org.gigasim.engine.time;

import java.time.LocalDate;

/**
 * A quarter of a company's fiscal year, named by the calendar year in which that fiscal year
 * ends: with a July start, FY2026 runs from 2025-07-01 to 2026-06-30. Quarters of calendars
 * with different start months are different periods, so the start month is part of the value.
 *
 * @param fiscalYear the calendar year in which the fiscal year ends
 * @param quarter    1 to 4
 * @param startMonth the month (1 to 12) in which every fiscal year starts
 */
public record FiscalQuarter(int fiscalYear, int quarter, int startMonth) {

    /** Rejects a quarter outside 1..4 or a start month outside 1..12. */
    public FiscalQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, but was " + quarter);
        }
        FiscalCalendar.requireMonth(startMonth);
    }

    /** The first day of the quarter. */
    public LocalDate firstDay() {
        // A fiscal year starting in January ends in the same calendar year; any other ends
        // in the next one.
        int startYear = startMonth == 1 ? fiscalYear : fiscalYear - 1;
        return LocalDate.of(startYear, startMonth, 1).plusMonths(3L * (quarter - 1));
    }

    /** The last day of the quarter. */
    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The fiscal quarter after this one, in the same fiscal calendar. */
    public FiscalQuarter next() {
        return quarter == 4
                ? new FiscalQuarter(fiscalYear + 1, 1, startMonth)
                : new FiscalQuarter(fiscalYear, quarter + 1, startMonth);
    }

    /** Reads like {@code FY2026Q2}. */
    @Override
    public String toString() {
        return "FY" + fiscalYear + "Q" + quarter;
    }
}
