package org.gigasim.model.spec;

import org.gigasim.engine.random.Distribution;

/**
 * How a lab buys capacity. Every {@code reviewDays} it projects its demand
 * {@code horizonDays} ahead, times {@code headroom}, and requests the shortfall against its
 * contracts, starting no sooner than {@code leadDays} from now. It scores offers by
 * effective price (weight {@code priceWeight}) and start date (the rest), keeps any one
 * cloud's share of its contracted capacity at or below {@code maxSharePerCloud}, and signs
 * contracts of {@code contractYears} that ramp up linearly over {@code rampMonths}. With
 * {@code renew}, a contract that ends within the horizon is renewed for the part the lab will
 * still need then, at the cloud's contract price at the time. With a
 * {@code cancellationPenalty}, a cut in the lab's forecast cancels contracted capacity it no
 * longer needs, for that fraction of the cancelled value paid at once; without one it cancels
 * nothing. The lab's first review comes {@code reviewOffsetDays} after the scenario's start
 * (drawn once per replication); absent, it is drawn uniformly over the first review period, so
 * labs review on different days and which of them asks first is uncertain, not file order.
 * With {@code countDatedDeals}, a review counts the lab's own {@code sign_contract} events dated
 * after it and no later than its next review as contracted capacity (the deal is being
 * negotiated), so it does not buy from the market what the deal will provide. With
 * {@code renewalNoticeDays} (at most the horizon, and the horizon if absent), a review renews
 * only the contracts that end within that many days; one ending later in the horizon still
 * counts, from its end, as the capacity it holds (the lab means to renew it), so the lab neither
 * renews it years early nor buys it again from the market, and decides its renewal once the end
 * is that near, on the forecast it has then.
 */
public record ProcurementSpec(Double horizonDays, Double leadDays, Double maxSharePerCloud, Double priceWeight,
        Double reviewDays, Double contractYears, Double rampMonths, Double headroom, Boolean renew,
        Double cancellationPenalty, Distribution reviewOffsetDays, Boolean countDatedDeals, Double renewalNoticeDays) {

    /** The policy used when a lab states none. */
    public static final ProcurementSpec DEFAULT = new ProcurementSpec(null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    /** A policy that does not count its dated deals before they are signed and renews across its whole horizon. */
    public ProcurementSpec(Double horizonDays, Double leadDays, Double maxSharePerCloud, Double priceWeight,
            Double reviewDays, Double contractYears, Double rampMonths, Double headroom, Boolean renew,
            Double cancellationPenalty, Distribution reviewOffsetDays) {
        this(horizonDays, leadDays, maxSharePerCloud, priceWeight, reviewDays, contractYears, rampMonths, headroom,
                renew, cancellationPenalty, reviewOffsetDays, null, null);
    }

    public ProcurementSpec {
        horizonDays = Checks.days("procurement horizon_days",
                Checks.positive("procurement horizon_days", Checks.orDefault(horizonDays, 365)));
        leadDays = Checks.days("procurement lead_days",
                Checks.nonNegative("procurement lead_days", Checks.orDefault(leadDays, 180)));
        maxSharePerCloud = Checks.fraction("procurement max_share_per_cloud", Checks.orDefault(maxSharePerCloud, 1.0));
        priceWeight = Checks.fraction("procurement price_weight", Checks.orDefault(priceWeight, 0.5));
        reviewDays = Checks.days("procurement review_days", Checks.atLeast("procurement review_days",
                Checks.orDefault(reviewDays, 30), Limits.MIN_REVIEW_DAYS, "1 day"));
        contractYears = Checks.years("procurement contract_years", Checks.atLeast("procurement contract_years",
                Checks.orDefault(contractYears, 5), Limits.MIN_CONTRACT_YEARS, "1/12 (a month)"));
        rampMonths = Checks.nonNegativeUpTo("procurement ramp_months", Checks.orDefault(rampMonths, 6),
                ContractSpec.MAX_RAMP_MONTHS, ContractSpec.MAX_RAMP_TEXT);
        headroom = Checks.positive("procurement headroom", Checks.orDefault(headroom, 1.1));
        renew = renew != null && renew;
        countDatedDeals = countDatedDeals != null && countDatedDeals;
        renewalNoticeDays = Checks.positive("procurement renewal_notice_days", Checks.orDefault(renewalNoticeDays, horizonDays));
        if (renewalNoticeDays > horizonDays) {
            throw new IllegalArgumentException("procurement renewal_notice_days must be at most horizon_days ("
                    + horizonDays + "), but was " + renewalNoticeDays);
        }
        if (cancellationPenalty != null) {
            Checks.fraction("procurement cancellation_penalty", cancellationPenalty);
        }
        Checks.drawsAtLeast("procurement review_offset_days", reviewOffsetDays, 0);
        if (reviewOffsetDays == null) {
            // No one knows the labs' review calendars: the phase is an input uncertainty, drawn per replication.
            reviewOffsetDays = new Distribution.Uniform(0, reviewDays);
        }
    }
}
