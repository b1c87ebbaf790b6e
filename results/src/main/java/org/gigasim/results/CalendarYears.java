package org.gigasim.results;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import org.gigasim.engine.time.SimCalendar;

/**
 * Assigns sample times to calendar years. A sample closes the period before it (a quarter's
 * revenue is recorded at the midnight after its last day), so a sample at midnight on
 * 1 January belongs to the year just ended; only the sample at time 0 opens its year.
 *
 * <p>Every series of every replication asks for the same few years, so the year ends are
 * worked out once and a time is placed among them by bisection; a time within
 * {@link #NEAR_HOURS} of a year end, where the calendar's rounding to the nanosecond decides,
 * is placed by the calendar itself.
 */
final class CalendarYears {

    /** Far wider than a nanosecond, the calendar's resolution: 3.6 ms. */
    static final double NEAR_HOURS = 1e-6;
    /** The most year ends kept; a later time (or an infinite one, which the calendar refuses) asks the calendar. */
    static final int MOST_YEARS = 1024;

    private final SimCalendar calendar;
    /** The first year whose end {@link #ends} holds: the year before the start's. */
    private final int firstYear;
    /** {@code ends[i]}: hours at the end of year {@code firstYear + i}, grown as later years are asked for. */
    private double[] ends = new double[0];

    CalendarYears(SimCalendar calendar) {
        this.calendar = calendar;
        this.firstYear = calendar.dateTimeAt(0).getYear() - 1;
    }

    int yearOf(double hours) {
        if (hours == 0) {
            // The start, where most series have their first row: it opens the start's year.
            return firstYear + 1;
        }
        while (hours > 0 && ends.length < MOST_YEARS && (ends.length == 0 || ends[ends.length - 1] < hours + NEAR_HOURS)) {
            grow();
        }
        if (hours > 0 && ends[ends.length - 1] >= hours + NEAR_HOURS) {
            // The first year ending at or after the time, if the time is clear of every year end.
            int i = Arrays.binarySearch(ends, hours);
            if (i >= 0) {
                // Exactly a year end (a midnight on 1 January, the hours read from it): it closes that year.
                return firstYear + i;
            }
            int after = -i - 1;
            boolean clear = hours - ends[after - 1] > NEAR_HOURS && ends[after] - hours > NEAR_HOURS;
            if (clear) {
                return firstYear + after;
            }
        }
        LocalDateTime at = calendar.dateTimeAt(hours);
        boolean closesYear = hours > 0 && at.getDayOfYear() == 1 && at.toLocalTime().equals(LocalTime.MIDNIGHT);
        return closesYear ? at.getYear() - 1 : at.getYear();
    }

    /** Hours at the end of {@code year}: midnight on 1 January of the next. */
    double endHours(int year) {
        int i = year - firstYear;
        if (i < 0) {
            return yearEnd(year);
        }
        while (i >= ends.length) {
            grow();
        }
        return ends[i];
    }

    private void grow() {
        double[] more = Arrays.copyOf(ends, Math.max(8, 2 * ends.length));
        for (int i = ends.length; i < more.length; i++) {
            more[i] = yearEnd(firstYear + i);
        }
        ends = more;
    }

    private double yearEnd(int year) {
        return calendar.hoursAt(LocalDate.of(year + 1, 1, 1));
    }
}
