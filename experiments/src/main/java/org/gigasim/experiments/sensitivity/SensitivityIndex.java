package org.gigasim.experiments.sensitivity;

import java.util.Objects;

/**
 * One figure of a sensitivity result, with its bootstrap 95% interval (NaN where undefined, such
 * as every index of an output that never varies). {@code factor} is empty for the figures of
 * the output distribution of a Latin hypercube, which belong to no single factor.
 */
public record SensitivityIndex(String factor, Response response, Index index, double value, double ci95Low,
        double ci95High) {

    /** Rejects missing fields. */
    public SensitivityIndex {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(index, "index");
    }
}
