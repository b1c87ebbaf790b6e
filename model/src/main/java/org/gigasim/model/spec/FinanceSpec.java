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
 * reported run rate and the lab's demand after the market's scaling (docs/model.md section 8).
 */
public record FinanceSpec(Double cashUsd, List<FundingRoundSpec> fundingRounds, Double revenueUsdPerH100eHour,
        Double revenueGrowthPerYear, Double creditLineUsd, Double commitmentYears, RevenueAnchorSpec revenueAnchor) {

    public FinanceSpec {
        if (revenueAnchor != null && revenueUsdPerH100eHour != null) {
            throw new IllegalArgumentException("finance states both revenue_usd_per_h100e_hour and revenue_anchor:"
                    + " keep one (the anchor derives the rate)");
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
    }

    /** Money with a stated revenue rate and no anchor. */
    public FinanceSpec(Double cashUsd, List<FundingRoundSpec> fundingRounds, Double revenueUsdPerH100eHour,
            Double revenueGrowthPerYear, Double creditLineUsd, Double commitmentYears) {
        this(cashUsd, fundingRounds, revenueUsdPerH100eHour, revenueGrowthPerYear, creditLineUsd, commitmentYears, null);
    }
}
