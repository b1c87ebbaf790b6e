package org.gigasim.model.spec;

import java.util.List;

/**
 * How a cloud's prices answer its tightness. Each curve is piecewise linear in the share of
 * the cloud's up capacity that is sold (held by contracts or granted on demand), flat beyond
 * its first and last points; it multiplies the list price. A new contract's price is also
 * multiplied by {@code (1 − termDiscountPerYear)^(years − referenceTermYears)}: longer terms
 * are cheaper per chip-hour.
 *
 * @param onDemandCurve factor of the on-demand list price by utilization; empty means 1
 * @param contractCurve factor of the contract list price at signing by utilization; empty means 1
 * @param termDiscountPerYear price cut per year of term beyond the reference (0 to under 1)
 * @param referenceTermYears the term the contract list price is quoted for
 * @param onDemandLevel the level on-demand prices are read at (an accelerator's price at a curve
 *     factor of 1, the others in their list ratios); null reads them at the list
 */
public record PricingSpec(List<PricePointSpec> onDemandCurve, List<PricePointSpec> contractCurve,
        Double termDiscountPerYear, Double referenceTermYears, PriceLevelSpec onDemandLevel) {

    /** Curves and a term discount, with on-demand prices read at the list. */
    public PricingSpec(List<PricePointSpec> onDemandCurve, List<PricePointSpec> contractCurve,
            Double termDiscountPerYear, Double referenceTermYears) {
        this(onDemandCurve, contractCurve, termDiscountPerYear, referenceTermYears, null);
    }

    public PricingSpec {
        onDemandCurve = increasing("on_demand_curve", Checks.list(onDemandCurve));
        contractCurve = increasing("contract_curve", Checks.list(contractCurve));
        termDiscountPerYear = Checks.orDefault(termDiscountPerYear, 0);
        if (!(termDiscountPerYear >= 0 && termDiscountPerYear < 1)) {
            throw new IllegalArgumentException("pricing term_discount_per_year must be at least 0 and below 1, but was "
                    + termDiscountPerYear);
        }
        referenceTermYears = Checks.positive("pricing reference_term_years", Checks.orDefault(referenceTermYears, 1));
    }

    private static List<PricePointSpec> increasing(String field, List<PricePointSpec> points) {
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).utilization() <= points.get(i - 1).utilization()) {
                throw new IllegalArgumentException("pricing " + field + " utilizations must increase, but "
                        + points.get(i).utilization() + " follows " + points.get(i - 1).utilization());
            }
        }
        return points;
    }
}
