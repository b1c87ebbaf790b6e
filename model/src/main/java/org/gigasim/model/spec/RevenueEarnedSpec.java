package org.gigasim.model.spec;

import java.time.LocalDate;

/**
 * What a lab reported earning over a period (USD, inclusive dates): its revenue per effective
 * H100e-hour of inference is set so that the model earns this much over the period on the
 * inference it serves, found by pilot runs of the period (docs/model.md section 8).
 *
 * @param from the period's first day (on or after the scenario start)
 * @param through the period's last day, included (on or before the scenario end)
 * @param usd the revenue reported for the period (USD, above 0)
 */
public record RevenueEarnedSpec(LocalDate from, LocalDate through, double usd) {

    public RevenueEarnedSpec {
        Checks.require("revenue_earned from", from);
        Checks.require("revenue_earned through", through);
        if (through.isBefore(from)) {
            throw new IllegalArgumentException("revenue_earned through " + through + " is before its from " + from
                    + "; give the period's first day, then its last");
        }
        Checks.positive("revenue_earned usd", usd);
    }
}
