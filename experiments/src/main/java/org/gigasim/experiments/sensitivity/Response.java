package org.gigasim.experiments.sensitivity;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One output the model returns per run and the analysis explains: a metric label (in gigasim,
 * a metric id, possibly with a dimension selection such as
 * {@code unserved_h100e_hours@lab=openai}) and, optionally, the calendar year it is read in.
 */
public record Response(String metric, OptionalInt year) {

    /** Rejects a blank metric. */
    public Response {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(year, "year");
        if (metric.isBlank()) {
            throw new IllegalArgumentException("a response needs a metric");
        }
    }

    /** A response read over the whole run. */
    public static Response of(String metric) {
        return new Response(metric, OptionalInt.empty());
    }

    /** A response read in calendar year {@code year}. */
    public static Response of(String metric, int year) {
        return new Response(metric, OptionalInt.of(year));
    }

    /** {@code metric} or {@code metric:year}, as on the command line. */
    public String label() {
        return year.isPresent() ? metric + ":" + year.getAsInt() : metric;
    }
}
