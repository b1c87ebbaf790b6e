package org.gigasim.model.spec;

import java.util.List;
import org.gigasim.engine.random.Distribution;

/**
 * An inference class's demand: {@code h100e} effective H100-equivalents at the scenario
 * start, compounding at {@code growthPerYear}, times (1 + noise) with the noise drawn
 * afresh each day.
 *
 * @param regions the regions the class may be served from (latency, data residency); empty: any
 */
public record InferenceDemandSpec(double h100e, Double growthPerYear, Distribution noise, List<String> regions) {

    /** A class that may be served from any region. */
    public InferenceDemandSpec(double h100e, Double growthPerYear, Distribution noise) {
        this(h100e, growthPerYear, noise, null);
    }

    public InferenceDemandSpec {
        Checks.nonNegative("inference h100e", h100e);
        growthPerYear = Checks.orDefault(growthPerYear, 0);
        if (!(growthPerYear > -1) || growthPerYear > 100) {
            throw new IllegalArgumentException("growth_per_year must be above -1 and at most 100, but was " + growthPerYear);
        }
        // Noise multiplies demand by 1 + noise: below -1 it would be negative demand.
        Checks.drawsAtLeast("inference noise", noise, -1);
        regions = Checks.list(regions);
        regions.forEach(r -> Checks.text("inference regions", r, Limits.MAX_TEXT_LENGTH));
    }
}
