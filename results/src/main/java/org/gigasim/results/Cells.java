package org.gigasim.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.gigasim.engine.time.SimCalendar;

/**
 * Formats numbers and dates for output cells, independent of locale and deterministic:
 * numbers rounded to {@value #SIGNIFICANT_DIGITS} significant digits (half-even, from the
 * double's exact binary value) and written in the shortest plain decimal that holds them,
 * so {@code 3170.0000000000005} is written {@code 3170}; non-finite values (NaN,
 * infinities) are empty cells. Dates are in ISO form, the date alone at midnight.
 */
final class Cells {

    /**
     * Significant digits written: a double holds 15 to 17, and the last few of a sum of many
     * terms are rounding noise, while 12 keep every figure a model of this kind can claim.
     */
    static final int SIGNIFICANT_DIGITS = 12;
    private static final MathContext PRECISION = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);
    /** Whole numbers below this have at most 12 digits and print without going through {@link BigDecimal}. */
    private static final double EXACT_LONG = 1e12;
    /** Beyond these decimal exponents numbers are written in scientific notation, such as {@code 1.5E-17}. */
    private static final int MIN_PLAIN_EXPONENT = -12;
    private static final int MAX_PLAIN_EXPONENT = 20;

    private final SimCalendar calendar;
    /** Sample times repeat across every series, so their dates are formatted once. */
    private final Map<Double, String> dates = new HashMap<>();

    Cells(SimCalendar calendar) {
        this.calendar = calendar;
    }

    /** A number at 12 significant digits in plain notation ({@code 720}, {@code 0.125}), or empty if not finite. */
    static String number(double value) {
        BigDecimal rounded = rounded(value);
        if (rounded == null) {
            return "";
        }
        if (rounded.scale() <= 0 && Math.abs(value) < EXACT_LONG) {
            return Long.toString(rounded.longValueExact());
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        return exponent < MIN_PLAIN_EXPONENT || exponent > MAX_PLAIN_EXPONENT ? rounded.toString()
                : rounded.toPlainString();
    }

    /** {@code value} rounded as {@link #number} writes it, without trailing zeros; null if not finite. */
    static BigDecimal rounded(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG) {
            return BigDecimal.valueOf((long) value);   // also turns -0.0 into 0
        }
        return new BigDecimal(value).round(PRECISION).stripTrailingZeros();
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
