package org.gigasim.model.spec;

import org.gigasim.engine.random.Distribution;

/**
 * An inference class's demand: {@code h100e} effective H100-equivalents at the scenario
 * start, compounding at {@code growthPerYear}, times (1 + noise) with the noise drawn
 * afresh each day.
 */
public record InferenceDemandSpec(double h100e, Double growthPerYear, Distribution noise) {

    public InferenceDemandSpec {
        Checks.nonNegative("inference h100e", h100e);
        growthPerYear = Checks.orDefault(growthPerYear, 0);
        if (!(growthPerYear > -1) || growthPerYear > 100) {
            throw new IllegalArgumentException("growth_per_year must be above -1 and at most 100, but was " + growthPerYear);
        }
    }
}
