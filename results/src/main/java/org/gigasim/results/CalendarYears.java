package org.gigasim.results;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.gigasim.engine.time.SimCalendar;

/**
 * Assigns sample times to calendar years. A sample closes the period before it (a quarter's
 * revenue is recorded at the midnight after its last day), so a sample at midnight on
 * 1 January belongs to the year just ended; only the sample at time 0 opens its year.
 */
final class CalendarYears {

    private final SimCalendar calendar;

    CalendarYears(SimCalendar calendar) {
        this.calendar = calendar;
    }

    int yearOf(double hours) {
        LocalDateTime at = calendar.dateTimeAt(hours);
        boolean closesYear = hours > 0 && at.getDayOfYear() == 1 && at.toLocalTime().equals(LocalTime.MIDNIGHT);
        return closesYear ? at.getYear() - 1 : at.getYear();
    }

    /** Hours at the end of {@code year}: midnight on 1 January of the next. */
    double endHours(int year) {
        return calendar.hoursAt(LocalDate.of(year + 1, 1, 1));
    }
}
