package org.gigasim.model.spec;

import java.time.LocalDate;
import org.gigasim.engine.random.Distribution;

/**
 * A stream of chip deliveries to a site: {@code chipsPerQuarter} chips of one accelerator
 * at the start of every calendar quarter from {@code from} until {@code until} (inclusive;
 * open-ended if absent), each delivery late by a random number of days.
 */
public record DeliverySpec(String accelerator, double chipsPerQuarter, LocalDate from, LocalDate until,
        Distribution slipDays) {

    public DeliverySpec {
        Checks.requireId("delivery accelerator", accelerator);
        Checks.nonNegative("delivery chips_per_quarter", chipsPerQuarter);
        Checks.require("delivery from", from);
        Checks.drawsAtLeast("delivery slip_days", slipDays, 0);
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("delivery until " + until + " is before from " + from);
        }
    }
}
