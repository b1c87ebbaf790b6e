package org.gigasim.engine.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A company's fiscal calendar: fiscal years start on the first day of {@code startMonth} and
 * are named by the calendar year in which they end (Microsoft: start month 7, so 2025-12-31
 * falls in FY2026 Q2). Start month 1 gives calendar years and quarters.
 *
 * @param startMonth the month (1 to 12) in which every fiscal year starts
 */
public record FiscalCalendar(int startMonth) {

    /** Rejects a start month outside 1..12. */
    public FiscalCalendar {
        requireMonth(startMonth);
    }

    /** The fiscal quarter containing {@code date}. */
    public FiscalQuarter fiscalQuarterOf(LocalDate date) {
        int month = date.getMonthValue();
        int startYear = month >= startMonth ? date.getYear() : date.getYear() - 1;
        int fiscalYear = startMonth == 1 ? startYear : startYear + 1;
        int monthsIntoYear = Math.floorMod(month - startMonth, 12);
        return new FiscalQuarter(fiscalYear, monthsIntoYear / 3 + 1, startMonth);
    }

    /**
     * The last day of every fiscal quarter that ends within {@code from..toInclusive}, in
     * order; empty if the range holds no quarter end or {@code from} is after
     * {@code toInclusive}.
     */
    public List<LocalDate> quarterEndsBetween(LocalDate from, LocalDate toInclusive) {
        List<LocalDate> ends = new ArrayList<>();
        for (FiscalQuarter q = fiscalQuarterOf(from); !q.lastDay().isAfter(toInclusive);
                q = q.next()) {
            ends.add(q.lastDay());
        }
        return List.copyOf(ends);
    }

    static void requireMonth(int startMonth) {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException(
                    "fiscal year start month must be 1 to 12, but was " + startMonth);
        }
    }
}
