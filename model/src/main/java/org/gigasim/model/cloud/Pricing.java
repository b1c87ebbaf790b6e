package org.gigasim.model.cloud;

import java.util.List;
import org.gigasim.model.spec.PricePointSpec;
import org.gigasim.model.spec.PricingSpec;

/**
 * A cloud's price curves: factors of its list prices as piecewise-linear functions of the
 * share of its capacity that is sold, flat before the first point and after the last, and
 * a compound discount per year of contract term beyond the reference term. Without a spec
 * every factor is exactly 1, so list prices hold unchanged. The contract curve is read either at
 * the share sold at signing or, if the spec says so, at the share expected at the contract's start.
 */
public final class Pricing {

    /** Fixed list prices: every factor is 1. */
    public static final Pricing FIXED = new Pricing(null);

    private final double[] onDemandU;
    private final double[] onDemandF;
    private final double[] contractU;
    private final double[] contractF;
    private final double termDiscountPerYear;
    private final double referenceTermYears;
    private final boolean contractsAtStart;
    /**
     * The last term asked for and its factor: quotes ask for the same few terms over and over.
     * Only a discounting instance writes them, and each cloud of a world has its own.
     */
    private double lastTermYears = Double.NaN;
    private double lastTermFactor;

    public Pricing(PricingSpec spec) {
        List<PricePointSpec> od = spec == null ? List.of() : spec.onDemandCurve();
        List<PricePointSpec> ct = spec == null ? List.of() : spec.contractCurve();
        onDemandU = od.stream().mapToDouble(PricePointSpec::utilization).toArray();
        onDemandF = od.stream().mapToDouble(PricePointSpec::factor).toArray();
        contractU = ct.stream().mapToDouble(PricePointSpec::utilization).toArray();
        contractF = ct.stream().mapToDouble(PricePointSpec::factor).toArray();
        termDiscountPerYear = spec == null ? 0 : spec.termDiscountPerYear();
        referenceTermYears = spec == null ? 1 : spec.referenceTermYears();
        contractsAtStart = spec != null && spec.pricesContractsAtStart();
    }

    /**
     * Whether a new contract's curve factor is read at the cloud's expected contracted share at
     * the contract's start ({@code contract_tightness: start}) rather than at the share sold at signing.
     */
    public boolean pricesContractsAtStart() {
        return contractsAtStart;
    }

    /** The factor of the on-demand list price when {@code soldShare} of the capacity is sold. */
    public double onDemandFactor(double soldShare) {
        return interpolate(onDemandU, onDemandF, soldShare);
    }

    /** The factor of the contract list price at signing when {@code soldShare} of the capacity is sold. */
    public double contractFactor(double soldShare) {
        return interpolate(contractU, contractF, soldShare);
    }

    /** The term, in years, the contract list price is quoted for. */
    public double referenceTermYears() {
        return referenceTermYears;
    }

    /** The factor of a contract's price for a term of {@code years}: {@code (1 − d)^(years − reference)}. */
    public double termFactor(double years) {
        if (termDiscountPerYear == 0) {
            return 1;
        }
        if (years != lastTermYears) {
            lastTermFactor = Math.pow(1 - termDiscountPerYear, years - referenceTermYears);
            lastTermYears = years;
        }
        return lastTermFactor;
    }

    /** The piecewise-linear curve through ({@code u[i]}, {@code f[i]}) at {@code x}, flat outside; 1 with no points. */
    static double interpolate(double[] u, double[] f, double x) {
        if (u.length == 0) {
            return 1;
        }
        if (x <= u[0]) {
            return f[0];
        }
        for (int i = 1; i < u.length; i++) {
            if (x <= u[i]) {
                return f[i - 1] + (f[i] - f[i - 1]) * (x - u[i - 1]) / (u[i] - u[i - 1]);
            }
        }
        return f[u.length - 1];
    }
}
