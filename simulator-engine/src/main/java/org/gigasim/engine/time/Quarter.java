package org.gigasim.engine.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar quarter: Q1 is January to March, Q4 October to December.
 *
 * @param year    the calendar year
 * @param quarter 1 to 4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    /** Rejects a quarter outside 1..4. */
    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, but was " + quarter);
        }
    }

    /** The calendar quarter containing {@code date}. */
    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The first day of the quarter. */
    public LocalDate firstDay() {
        return LocalDate.of(year, 3 * quarter - 2, 1);
    }

    /** The last day of the quarter. */
    public LocalDate lastDay() {
        return YearMonth.of(year, 3 * quarter).atEndOfMonth();
    }

    /** The quarter after this one. */
    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year)
                : Integer.compare(quarter, other.quarter);
    }

    /** Reads like {@code 2026Q1}. */
    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}
