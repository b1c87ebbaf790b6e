package org.gigasim.model.spec;

import java.time.LocalDate;

/**
 * A lab's reported revenue run rate (USD a year) at a date: the lab's revenue per effective
 * H100e-hour of inference is derived from it and the lab's inference demand at that date after
 * the market's scaling (docs/model.md section 8), instead of being stated. A lab's
 * {@code revenue_path} is a list of them: its revenue for the year around each date.
 *
 * @param on the date the run rate was reported (may be before the scenario start)
 * @param usdPerYear the annualized revenue then (USD a year, above 0)
 */
public record RevenueAnchorSpec(LocalDate on, double usdPerYear) {

    public RevenueAnchorSpec {
        Checks.require("revenue on", on);
        Checks.positive("revenue usd_per_year", usdPerYear);
    }
}
