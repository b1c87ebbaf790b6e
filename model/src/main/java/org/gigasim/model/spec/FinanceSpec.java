package org.gigasim.model.spec;

import java.util.List;

/**
 * A lab's money (USD): the cash it holds at the scenario start, the rounds it raises, the
 * revenue it earns per effective H100e-hour of inference served (growing yearly by
 * {@code revenueGrowthPerYear}), and the credit it may draw. It may sign a contract only while
 * its obligations due within {@code commitmentYears} stay within its cash, its credit line and
 * that many years of its current revenue; it defaults when its cash falls below minus its credit
 * line. A lab without finance has unlimited money and its cash is not recorded.
 */
public record FinanceSpec(Double cashUsd, List<FundingRoundSpec> fundingRounds, Double revenueUsdPerH100eHour,
        Double revenueGrowthPerYear, Double creditLineUsd, Double commitmentYears) {

    public FinanceSpec {
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
}
