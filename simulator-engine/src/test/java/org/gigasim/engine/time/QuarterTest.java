package org.gigasim.engine.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void boundariesFallOnMonthStarts() {
        assertEquals(new Quarter(2026, 1), Quarter.of(LocalDate.of(2026, 3, 31)));
        assertEquals(new Quarter(2026, 2), Quarter.of(LocalDate.of(2026, 4, 1)));
        assertEquals(new Quarter(2026, 4), Quarter.of(LocalDate.of(2026, 12, 31)));
        assertEquals(new Quarter(2027, 1), Quarter.of(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void firstAndLastDaysIncludeLeapDay() {
        Quarter q = new Quarter(2028, 1);
        assertEquals(LocalDate.of(2028, 1, 1), q.firstDay());
        assertEquals(LocalDate.of(2028, 3, 31), q.lastDay());
        assertEquals(LocalDate.of(2026, 9, 30), new Quarter(2026, 3).lastDay());
        assertEquals(LocalDate.of(2026, 12, 31), new Quarter(2026, 4).lastDay());
    }

    @Test
    void nextWrapsToTheNextYear() {
        assertEquals(new Quarter(2027, 1), new Quarter(2026, 4).next());
        assertEquals(new Quarter(2026, 3), new Quarter(2026, 2).next());
    }

    @Test
    void printsYearAndQuarter() {
        assertEquals("2026Q1", new Quarter(2026, 1).toString());
    }

    @Test
    void quarterOutsideOneToFourIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Quarter(2026, 0));
        assertThrows(IllegalArgumentException.class, () -> new Quarter(2026, 5));
    }

    @Property
    void quarterContainsItsDatesAndNextStartsTheDayAfter(
            @ForAll @DateRange(min = "1900-01-01", max = "2500-12-31") LocalDate date) {
        Quarter q = Quarter.of(date);
        assertTrue(!date.isBefore(q.firstDay()) && !date.isAfter(q.lastDay()));
        assertEquals(q.lastDay().plusDays(1), q.next().firstDay());
        assertTrue(q.compareTo(q.next()) < 0);
    }
}
