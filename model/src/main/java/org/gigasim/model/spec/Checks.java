package org.gigasim.model.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.gigasim.engine.random.Distribution;

/** Small validation helpers shared by the spec records; messages name the field. */
final class Checks {

    /** What an id may be: lower-case letters, digits, '-', '_' or '.', not starting with a punctuation mark. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

    private Checks() {
    }

    static String requireId(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.length() > Limits.MAX_ID_LENGTH) {
            throw new IllegalArgumentException(field + " is " + value.length() + " characters long; ids may have at most "
                    + Limits.MAX_ID_LENGTH);
        }
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " '" + value
                    + "' must be lower-case letters, digits, '-', '_' or '.', starting with a letter or digit");
        }
        return value;
    }

    /** {@code value} (which may be absent), if it has at most {@code maxLength} characters. */
    static String text(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new IllegalArgumentException(field + " is " + value.length() + " characters long; it may have at most "
                    + maxLength);
        }
        return value;
    }

    /** {@code value}, if it is at least {@code min}. */
    static double atLeast(String field, double value, double min, String minText) {
        if (!(value >= min) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be at least " + minText + ", but was " + value);
        }
        return value;
    }

    static <T> T require(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, zero or more, but was " + value);
        }
        return value;
    }

    /**
     * {@code days}, if at most 100 years: dates beyond the calendar's range would otherwise
     * fail a run that validated (a contract signed 10^15 days ahead).
     */
    static double days(String field, double days) {
        return atMost(field, days, 36_500, "36500 days (100 years, the longest scenario)");
    }

    /** {@code years}, if at most 100, as {@link #days}. */
    static double years(String field, double years) {
        return atMost(field, years, 100, "100 years (the longest scenario)");
    }

    /** {@code value}, if it is zero or more and at most {@code max}. */
    static double nonNegativeUpTo(String field, double value, double max, String maxText) {
        return atMost(field, nonNegative(field, value), max, maxText);
    }

    /** {@code value}, if it is at most {@code max}. */
    private static double atMost(String field, double value, double max, String maxText) {
        if (value > max) {
            throw new IllegalArgumentException(field + " must be at most " + maxText + ", but was " + value);
        }
        return value;
    }

    /**
     * {@code value} (which may be absent), if it draws nothing below {@code min}. Bounds stated
     * below it (a fixed value, a uniform's or triangular's min, an empirical value) are refused;
     * a normal, unbounded, is allowed, and a draw below {@code min} is taken as {@code min}.
     */
    static Distribution drawsAtLeast(String field, Distribution value, double min) {
        if (value != null && value.lowest() < min && value.lowest() != Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException(field + " must draw no value below " + fmt(min) + ", but can draw "
                    + fmt(value.lowest()));
        }
        return value;
    }

    private static String fmt(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number above zero, but was " + value);
        }
        return value;
    }

    static double fraction(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " must be between 0 and 1, but was " + value);
        }
        return value;
    }

    static double orDefault(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    /**
     * An unmodifiable copy that keeps {@code value}'s order, the order of the scenario file:
     * {@code Map.copyOf} would iterate in an order randomised per JVM launch, and so make two
     * runs of the same scenario and seed differ.
     */
    static <K, V> Map<K, V> map(Map<K, V> value) {
        if (value == null) {
            return Collections.emptyMap();
        }
        Map<K, V> copy = new LinkedHashMap<>();
        value.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
        return Collections.unmodifiableMap(copy);
    }
}
