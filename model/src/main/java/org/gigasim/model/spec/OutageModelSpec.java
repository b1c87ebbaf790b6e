package org.gigasim.model.spec;

import org.gigasim.engine.random.Distribution;

/** Random site outages: days between failures and hours to repair, each from a distribution. */
public record OutageModelSpec(Distribution mtbfDays, Distribution mttrHours) {

    public OutageModelSpec {
        Checks.drawsAtLeast("outages mtbf_days", Checks.require("outages mtbf_days", mtbfDays), 0);
        Checks.drawsAtLeast("outages mttr_hours", Checks.require("outages mttr_hours", mttrHours), 0);
    }
}
