package org.gigasim.scenarios.output;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.gigasim.engine.time.SimCalendar;

/**
 * Formats numbers and dates for output cells, independent of locale and deterministic:
 * numbers in plain decimal notation at full double precision, with non-finite values
 * (NaN, infinities) as empty cells; dates in ISO form, the date alone at midnight.
 */
final class Cells {

    /** Whole numbers below this print without going through {@link BigDecimal}. */
    private static final double EXACT_LONG = 0x1p53;

    private final SimCalendar calendar;
    /** Sample times repeat across every series, so their dates are formatted once. */
    private final Map<Double, String> dates = new HashMap<>();

    Cells(SimCalendar calendar) {
        this.calendar = calendar;
    }

    /** A number in plain notation ({@code 720}, {@code 0.125}), or empty if not finite. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    /** The date-time {@code hours} after the start, such as {@code 2026-01-01T06:00} or {@code 2026-01-02}; empty if not finite. */
    String date(double hours) {
        if (!Double.isFinite(hours)) {
            return "";
        }
        return dates.computeIfAbsent(hours, this::format);
    }

    /**
     * The last day of a period that ends (exclusively) at {@code hours}: dates are inclusive
     * days in inputs and outputs alike, so a term ending at midnight shows the day before.
     */
    String lastDay(double hours) {
        if (!Double.isFinite(hours)) {
            return "";
        }
        LocalDateTime at = calendar.dateTimeAt(hours);
        return (at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().minusDays(1) : at.toLocalDate())
                .toString();
    }

    private String format(double hours) {
        LocalDateTime at = calendar.dateTimeAt(hours);
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
    }
}
