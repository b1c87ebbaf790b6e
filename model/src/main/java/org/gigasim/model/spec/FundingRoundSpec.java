package org.gigasim.model.spec;

import java.time.LocalDate;

/** Cash a lab raises on a date (USD, at 00:00 UTC): an equity round, a strategic investment, debt drawn. */
public record FundingRoundSpec(LocalDate on, double usd) {

    public FundingRoundSpec {
        Checks.require("funding round on", on);
        Checks.nonNegative("funding round usd", usd);
    }
}
