package org.gigasim.model.spec;

import java.time.LocalDate;

/** From {@code from} on, a lab gets {@code factor} of an accelerator's rated H100e (porting costs). */
public record EfficiencyStepSpec(LocalDate from, double factor) {

    public EfficiencyStepSpec {
        Checks.require("efficiency from", from);
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("efficiency factor must be above 0 and at most 1, but was " + factor);
        }
    }
}
