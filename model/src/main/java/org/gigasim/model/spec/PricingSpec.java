package org.gigasim.model.spec;

import java.util.List;

/**
 * How a cloud's prices answer its tightness. Each curve is piecewise linear in the share of
 * the cloud's up capacity that is sold (held by contracts or granted on demand), flat beyond
 * its first and last points; it multiplies the list price. A new contract's price is also
 * multiplied by {@code (1 − termDiscountPerYear)^(years − referenceTermYears)}: longer terms
 * are cheaper per chip-hour. {@code contractTightness} says which share the contract curve reads:
 * {@value #SIGNING} (the default: the share the cloud's last routing decision sold) or
 * {@value #START} (the share of the raw H100e its pipeline is expected to have powered at the
 * contract's start that its contracts then reserve; docs/model.md section 4).
 *
 * @param onDemandCurve factor of the on-demand list price by utilization; empty means 1
 * @param contractCurve factor of the contract list price at signing by utilization; empty means 1
 * @param termDiscountPerYear price cut per year of term beyond the reference (0 to under 1)
 * @param referenceTermYears the term the contract list price is quoted for
 * @param contractTightness which share the contract curve reads: {@value #SIGNING} or {@value #START}
 * @param onDemandLevel the level on-demand prices are read at (an accelerator's price at a curve
 *     factor of 1, the others in their list ratios); null reads them at the list
 */
public record PricingSpec(List<PricePointSpec> onDemandCurve, List<PricePointSpec> contractCurve,
        Double termDiscountPerYear, Double referenceTermYears, String contractTightness,
        PriceLevelSpec onDemandLevel) {

    /** The contract curve reads the share the cloud's last routing decision sold, at signing. */
    public static final String SIGNING = "signing";
    /** The contract curve reads the cloud's expected contracted share at the contract's start. */
    public static final String START = "start";

    public PricingSpec {
        onDemandCurve = increasing("on_demand_curve", Checks.list(onDemandCurve));
        contractCurve = increasing("contract_curve", Checks.list(contractCurve));
        termDiscountPerYear = Checks.orDefault(termDiscountPerYear, 0);
        if (!(termDiscountPerYear >= 0 && termDiscountPerYear < 1)) {
            throw new IllegalArgumentException("pricing term_discount_per_year must be at least 0 and below 1, but was "
                    + termDiscountPerYear);
        }
        referenceTermYears = Checks.positive("pricing reference_term_years", Checks.orDefault(referenceTermYears, 1));
        contractTightness = contractTightness == null ? SIGNING : contractTightness;
        if (!contractTightness.equals(SIGNING) && !contractTightness.equals(START)) {
            throw new IllegalArgumentException("pricing contract_tightness must be signing or start, but was '"
                    + contractTightness + "'");
        }
    }

    /** Curves and term discount, with the contract curve read at signing and on-demand prices at the list. */
    public PricingSpec(List<PricePointSpec> onDemandCurve, List<PricePointSpec> contractCurve,
            Double termDiscountPerYear, Double referenceTermYears) {
        this(onDemandCurve, contractCurve, termDiscountPerYear, referenceTermYears, null, null);
    }

    /** Curves, term discount and the share the contract curve reads, with on-demand prices at the list. */
    public PricingSpec(List<PricePointSpec> onDemandCurve, List<PricePointSpec> contractCurve,
            Double termDiscountPerYear, Double referenceTermYears, String contractTightness) {
        this(onDemandCurve, contractCurve, termDiscountPerYear, referenceTermYears, contractTightness, null);
    }

    /** Whether a new contract's price reads the contract curve at the share expected at its start. */
    public boolean pricesContractsAtStart() {
        return START.equals(contractTightness);
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
