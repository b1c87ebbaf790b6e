package org.gigasim.engine.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {

    /** Microsoft's fiscal year starts on 1 July. */
    private final FiscalCalendar microsoft = new FiscalCalendar(7);

    @Test
    void microsoftQuartersAreNamedByTheYearTheFiscalYearEnds() {
        assertEquals("FY2026Q1", microsoft.fiscalQuarterOf(LocalDate.of(2025, 7, 1)).toString());
        assertEquals("FY2026Q2", microsoft.fiscalQuarterOf(LocalDate.of(2025, 12, 31)).toString());
        assertEquals("FY2026Q3", microsoft.fiscalQuarterOf(LocalDate.of(2026, 1, 1)).toString());
        assertEquals("FY2026Q4", microsoft.fiscalQuarterOf(LocalDate.of(2026, 6, 30)).toString());
        assertEquals("FY2027Q1", microsoft.fiscalQuarterOf(LocalDate.of(2026, 7, 1)).toString());
    }

    @Test
    void microsoftQuarterHasCalendarBounds() {
        FiscalQuarter q2 = microsoft.fiscalQuarterOf(LocalDate.of(2025, 11, 15));
        assertEquals(new FiscalQuarter(2026, 2, 7), q2);
        assertEquals(LocalDate.of(2025, 10, 1), q2.firstDay());
        assertEquals(LocalDate.of(2025, 12, 31), q2.lastDay());
        FiscalQuarter q4 = new FiscalQuarter(2026, 4, 7);
        assertEquals(LocalDate.of(2026, 4, 1), q4.firstDay());
        assertEquals(LocalDate.of(2026, 6, 30), q4.lastDay());
        assertEquals(new FiscalQuarter(2027, 1, 7), q4.next());
    }

    @Test
    void quarterEndsBetweenListsEveryEndInRangeInOrder() {
        List<LocalDate> ends = microsoft.quarterEndsBetween(
                LocalDate.of(2025, 9, 30), LocalDate.of(2026, 9, 29));
        assertEquals(List.of(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30)), ends);
        assertEquals(List.of(), microsoft.quarterEndsBetween(
                LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 30)));
    }

    @Test
    void quarterEndsBetweenFollowsAnOddStartMonth() {
        FiscalCalendar februaryStart = new FiscalCalendar(2);
        assertEquals(List.of(LocalDate.of(2028, 4, 30), LocalDate.of(2028, 7, 31),
                LocalDate.of(2028, 10, 31), LocalDate.of(2029, 1, 31)),
                februaryStart.quarterEndsBetween(LocalDate.of(2028, 2, 29),
                        LocalDate.of(2029, 2, 27)));
        assertEquals("FY2029Q1",
                februaryStart.fiscalQuarterOf(LocalDate.of(2028, 2, 29)).toString());
    }

    @Test
    void invalidStartMonthIsRejectedWithTheValue() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new FiscalCalendar(13));
        assertTrue(e.getMessage().contains("start month") && e.getMessage().contains("13"));
        assertThrows(IllegalArgumentException.class, () -> new FiscalCalendar(0));
        assertThrows(IllegalArgumentException.class, () -> new FiscalQuarter(2026, 5, 7));
        IllegalArgumentException month = assertThrows(IllegalArgumentException.class,
                () -> new FiscalQuarter(2026, 1, 13));
        assertTrue(month.getMessage().contains("13"), month.getMessage());
    }

    @Property
    void januaryStartMatchesCalendarQuarters(
            @ForAll @DateRange(min = "1900-01-01", max = "2500-12-31") LocalDate date) {
        FiscalQuarter fiscal = new FiscalCalendar(1).fiscalQuarterOf(date);
        Quarter calendar = Quarter.of(date);
        assertEquals(calendar.year(), fiscal.fiscalYear());
        assertEquals(calendar.quarter(), fiscal.quarter());
        assertEquals(calendar.firstDay(), fiscal.firstDay());
        assertEquals(calendar.lastDay(), fiscal.lastDay());
        assertEquals(calendar.toString(), fiscal.toString().substring(2));
    }

    @Property
    void everyDateLiesInItsFiscalQuarter(
            @ForAll @DateRange(min = "1900-01-01", max = "2500-12-31") LocalDate date,
            @ForAll @IntRange(min = 1, max = 12) int startMonth) {
        FiscalQuarter q = new FiscalCalendar(startMonth).fiscalQuarterOf(date);
        assertTrue(!date.isBefore(q.firstDay()) && !date.isAfter(q.lastDay()), q.toString());
        assertEquals(q.lastDay().plusDays(1), q.next().firstDay());
        // The fiscal year ends in the calendar year it is named after.
        assertEquals(q.fiscalYear(), new FiscalQuarter(q.fiscalYear(), 4, startMonth)
                .lastDay().getYear());
    }
}
