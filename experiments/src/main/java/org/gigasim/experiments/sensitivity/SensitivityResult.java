package org.gigasim.experiments.sensitivity;

import java.util.List;
import java.util.Objects;

/**
 * What a sensitivity analysis found: the design's method, factors and size, the responses,
 * the seed and bootstrap resamples behind the intervals, and the figures, ordered by
 * response, then factor (in design order), then index.
 */
public record SensitivityResult(Method method, List<Factor> factors, List<Response> responses, int runs,
        long seed, int resamples, List<SensitivityIndex> indices) {

    /** Copies the lists. */
    public SensitivityResult {
        Objects.requireNonNull(method, "method");
        factors = List.copyOf(factors);
        responses = List.copyOf(responses);
        indices = List.copyOf(indices);
    }

    /** The figure of {@code kind} for {@code factor} and {@code response}; empty factor for an output figure. */
    public SensitivityIndex get(String factor, Response response, Index kind) {
        for (SensitivityIndex i : indices) {
            if (i.factor().equals(factor) && i.response().equals(response) && i.index() == kind) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + kind.label() + " for factor '" + factor + "' and " + response.label());
    }
}
