package org.gigasim.model.spec;

import java.util.List;

/**
 * A lab's money (USD): the cash it holds at the scenario start, the rounds it raises, the
 * revenue it earns per effective H100e-hour of inference served (growing yearly by
 * {@code revenueGrowthPerYear}), and the credit it may draw. It may sign a contract only while
 * its obligations due within {@code commitmentYears} stay within its cash, its credit line and
 * that many years of its current revenue; it defaults when its cash falls below minus its credit
 * line. A lab without finance has unlimited money and its cash is not recorded. With a
 * {@code revenueAnchor} the starting revenue per H100e-hour is not stated but derived from the
 * reported run rate and the lab's demand after the market's scaling; with {@code revenueEarned}
 * it is derived from the revenue reported over a period and the inference the lab serves then,
 * by pilot runs (docs/model.md section 8).
 * {@code windowRevenue} says which revenue over the window the cash rule counts:
 * {@value #SERVED_NOW} (the default: the inference served now at today's rate) or
 * {@value #HELD_CAPACITY} (at each future time, the inference the lab can serve on what it will
 * hold then, at the rate then; docs/model.md section 9a).
 */
public record FinanceSpec(Double cashUsd, List<FundingRoundSpec> fundingRounds, Double revenueUsdPerH100eHour,
        Double revenueGrowthPerYear, Double creditLineUsd, Double commitmentYears, RevenueAnchorSpec revenueAnchor, String windowRevenue,
        RevenueEarnedSpec revenueEarned) {

    /** Revenue over the window: the inference served now, at today's rate, for the whole window. */
    public static final String SERVED_NOW = "served_now";
    /** Revenue over the window: the inference the lab's held capacity will serve, at the rate of each time. */
    public static final String HELD_CAPACITY = "held_capacity";

    public FinanceSpec {
        if (revenueAnchor != null && revenueUsdPerH100eHour != null) {
            throw new IllegalArgumentException("finance states both revenue_usd_per_h100e_hour and revenue_anchor:"
                    + " keep one (the anchor derives the rate)");
        }
        if (revenueEarned != null && (revenueAnchor != null || revenueUsdPerH100eHour != null)) {
            throw new IllegalArgumentException("finance states revenue_earned and "
                    + (revenueAnchor != null ? "revenue_anchor" : "revenue_usd_per_h100e_hour")
                    + ": keep one (revenue_earned derives the rate)");
        }
        cashUsd = Checks.nonNegative("finance cash_usd", Checks.orDefault(cashUsd, 0));
        fundingRounds = Checks.list(fundingRounds);
        revenueUsdPerH100eHour = Checks.nonNegative("finance revenue_usd_per_h100e_hour",
                Checks.orDefault(revenueUsdPerH100eHour, 0));
        revenueGrowthPerYear = Checks.orDefault(revenueGrowthPerYear, 0);
        if (!(revenueGrowthPerYear > -1 && revenueGrowthPerYear <= 1)) {
            throw new IllegalArgumentException("finance revenue_growth_per_year must be above -1 and at most 1, but was "
                    + revenueGrowthPerYear);
        }
        creditLineUsd = Checks.nonNegative("finance credit_line_usd", Checks.orDefault(creditLineUsd, 0));
        commitmentYears = Checks.positive("finance commitment_years", Checks.orDefault(commitmentYears, 2));
        windowRevenue = windowRevenue == null ? SERVED_NOW : windowRevenue;
        if (!windowRevenue.equals(SERVED_NOW) && !windowRevenue.equals(HELD_CAPACITY)) {
            throw new IllegalArgumentException("finance window_revenue must be served_now or held_capacity, but was '"
                    + windowRevenue + "'");
        }
    }

    /** Money with a revenue rate or an anchor and the given window revenue, no reported period's revenue. */
    public FinanceSpec(Double cashUsd, List<FundingRoundSpec> fundingRounds, Double revenueUsdPerH100eHour,
            Double revenueGrowthPerYear, Double creditLineUsd, Double commitmentYears, RevenueAnchorSpec revenueAnchor,
            String windowRevenue) {
        this(cashUsd, fundingRounds, revenueUsdPerH100eHour, revenueGrowthPerYear, creditLineUsd, commitmentYears,
                revenueAnchor, windowRevenue, null);
    }

    /** Money with a revenue rate or an anchor, counting revenue over the window as served now. */
    public FinanceSpec(Double cashUsd, List<FundingRoundSpec> fundingRounds, Double revenueUsdPerH100eHour,
            Double revenueGrowthPerYear, Double creditLineUsd, Double commitmentYears, RevenueAnchorSpec revenueAnchor) {
        this(cashUsd, fundingRounds, revenueUsdPerH100eHour, revenueGrowthPerYear, creditLineUsd, commitmentYears,
                revenueAnchor, null);
    }

    /** Whether the cash rule counts the revenue the lab's held capacity will earn over the window. */
    public boolean countsHeldCapacity() {
        return HELD_CAPACITY.equals(windowRevenue);
    }

    /** Money with a stated revenue rate and no anchor. */
    public FinanceSpec(Double cashUsd, List<FundingRoundSpec> fundingRounds, Double revenueUsdPerH100eHour,
            Double revenueGrowthPerYear, Double creditLineUsd, Double commitmentYears) {
        this(cashUsd, fundingRounds, revenueUsdPerH100eHour, revenueGrowthPerYear, creditLineUsd, commitmentYears, null);
    }
}
