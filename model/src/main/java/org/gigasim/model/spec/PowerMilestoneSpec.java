package org.gigasim.model.spec;

import java.time.LocalDate;
import org.gigasim.engine.random.Distribution;

/** Facility megawatts that come online at a site from a date, possibly late by a random number of days. */
public record PowerMilestoneSpec(LocalDate from, double mw, Distribution delayDays) {

    public PowerMilestoneSpec {
        Checks.require("power milestone from", from);
        Checks.nonNegative("power milestone mw", mw);
        Checks.drawsAtLeast("power milestone delay_days", delayDays, 0);
    }
}
