package org.gigasim.model.spec;

import org.gigasim.engine.random.Distribution;

/** Random site outages: days between failures and hours to repair, each from a distribution. */
public record OutageModelSpec(Distribution mtbfDays, Distribution mttrHours) {

    public OutageModelSpec {
        Checks.require("outages mtbf_days", mtbfDays);
        Checks.require("outages mttr_hours", mttrHours);
    }
}
