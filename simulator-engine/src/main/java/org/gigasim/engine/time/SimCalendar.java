package org.gigasim.engine.time;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Maps simulation time, a {@code double} of hours since midnight UTC of the start date, to
 * UTC dates and back. Whole hours map exactly; leap years come from {@code java.time}.
 *
 * @param start the date whose midnight (UTC) is time 0
 */
public record SimCalendar(LocalDate start) {

    private static final double SECONDS_PER_HOUR = 3600.0;
    private static final double NANOS_PER_SECOND = 1e9;

    /** Rejects a null start date. */
    public SimCalendar {
        Objects.requireNonNull(start, "start");
    }

    /** Hours from the start to midnight UTC of {@code date}; negative before the start. */
    public double hoursAt(LocalDate date) {
        // Whole days apart: the same hours as through the date-time, without making one.
        return (date.toEpochDay() - start.toEpochDay()) * 24.0;
    }

    /** Hours from the start to {@code dateTime}, read as UTC; negative before the start. */
    public double hoursAt(LocalDateTime dateTime) {
        Duration elapsed = Duration.between(start.atStartOfDay(), dateTime);
        // Whole seconds and nanoseconds apart, so whole hours stay exact.
        return elapsed.getSeconds() / SECONDS_PER_HOUR
                + elapsed.getNano() / (SECONDS_PER_HOUR * NANOS_PER_SECOND);
    }

    /** The UTC date and time {@code hours} after the start, to the nearest nanosecond. */
    public LocalDateTime dateTimeAt(double hours) {
        if (!Double.isFinite(hours)) {
            throw new IllegalArgumentException("hours must be a finite number, but was " + hours);
        }
        double seconds = hours * SECONDS_PER_HOUR;
        double wholeSeconds = Math.floor(seconds);
        long nanos = Math.round((seconds - wholeSeconds) * NANOS_PER_SECOND);
        return start.atStartOfDay().plusSeconds((long) wholeSeconds).plusNanos(nanos);
    }

    /** The UTC date containing the instant {@code hours} after the start. */
    public LocalDate dateAt(double hours) {
        return dateTimeAt(hours).toLocalDate();
    }
}
