package org.gigasim.engine.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

class SimCalendarTest {

    private final SimCalendar calendar = new SimCalendar(LocalDate.of(2026, 1, 1));

    @Test
    void startIsHourZero() {
        assertEquals(0.0, calendar.hoursAt(LocalDate.of(2026, 1, 1)));
        assertEquals(LocalDateTime.of(2026, 1, 1, 0, 0), calendar.dateTimeAt(0.0));
        assertEquals(LocalDate.of(2026, 1, 1), calendar.start());
    }

    @Test
    void fractionsOfAnHourMapBothWays() {
        // 30 minutes and 0.36 seconds after 01:00 on 2 January: 24 + 1 + 0.5 + 0.0001 h.
        LocalDateTime t = LocalDateTime.of(2026, 1, 2, 1, 30, 0, 360_000_000);
        assertEquals(25.5001, calendar.hoursAt(t), 1e-12);
        assertEquals(LocalDateTime.of(2026, 1, 2, 1, 30), calendar.dateTimeAt(25.5));
        assertEquals(LocalDateTime.of(2026, 1, 1, 0, 0, 0, 360_000_000), calendar.dateTimeAt(0.0001));
        assertEquals(-1.5, calendar.hoursAt(LocalDateTime.of(2025, 12, 31, 22, 30)), 1e-12);
    }

    @Test
    void leapDayExistsAndFebruary2028HasTwentyNineDays() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        assertEquals(leapDay, calendar.dateAt(calendar.hoursAt(leapDay)));
        double february = calendar.hoursAt(LocalDate.of(2028, 3, 1))
                - calendar.hoursAt(LocalDate.of(2028, 2, 1));
        assertEquals(29 * 24, february);
        double february2027 = calendar.hoursAt(LocalDate.of(2027, 3, 1))
                - calendar.hoursAt(LocalDate.of(2027, 2, 1));
        assertEquals(28 * 24, february2027);
    }

    @Test
    void yearsHaveTheirDayCountInHours() {
        assertEquals(365 * 24, calendar.hoursAt(LocalDate.of(2027, 1, 1)));
        assertEquals((365 + 365 + 366) * 24, calendar.hoursAt(LocalDate.of(2029, 1, 1)));
    }

    @Test
    void dateAtTakesTheDayContainingTheInstant() {
        assertEquals(LocalDate.of(2026, 1, 1), calendar.dateAt(23.999));
        assertEquals(LocalDate.of(2026, 1, 2), calendar.dateAt(24.0));
        assertEquals(LocalDate.of(2025, 12, 31), calendar.dateAt(-0.5));
    }

    @Test
    void fractionalHoursMapToMinutes() {
        LocalDateTime quarterPast = LocalDateTime.of(2026, 1, 3, 5, 15);
        assertEquals(48 + 5.25, calendar.hoursAt(quarterPast));
        assertEquals(quarterPast, calendar.dateTimeAt(53.25));
    }

    @Test
    void nonFiniteHoursAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> calendar.dateTimeAt(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> calendar.dateTimeAt(Double.POSITIVE_INFINITY));
    }

    @Property
    void datesRoundTripThroughHours(@ForAll @DateRange(min = "1950-01-01", max = "2200-12-31")
            LocalDate date) {
        assertEquals(date, calendar.dateAt(calendar.hoursAt(date)));
        assertEquals(date.atStartOfDay(), calendar.dateTimeAt(calendar.hoursAt(date)));
    }

    @Property
    void aDateReadsAsItsMidnight(@ForAll @DateRange(min = "1950-01-01", max = "2200-12-31") LocalDate date) {
        // The date's reading counts whole days; it must give the same double as the date-time's.
        assertEquals(Double.doubleToRawLongBits(calendar.hoursAt(date.atStartOfDay())),
                Double.doubleToRawLongBits(calendar.hoursAt(date)));
    }

    @Property
    void wholeHoursRoundTripExactly(@ForAll @IntRange(min = -1_000_000, max = 2_000_000)
            int hours) {
        assertEquals(hours, calendar.hoursAt(calendar.dateTimeAt(hours)));
    }
}
